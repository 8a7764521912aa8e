defmodule Pyex.Program do
  @moduledoc """
  A compiled Python program (from `Pyex.compile/1`): run it any number of times,
  in any process, with `Pyex.run/2`, skipping the parse.

  The handle itself lives in this BEAM node; `to_binary/1` and `from_binary/1`
  store it anywhere (a database, a file, another node).

      iex> {:ok, program} = Pyex.compile("sum(range(5))")
      iex> {:ok, program} = program |> Pyex.Program.to_binary() |> Pyex.Program.from_binary()
      iex> Pyex.run!(program)
      10
  """
  @enforce_keys [:ref]
  defstruct [:ref]

  @type t :: %__MODULE__{ref: reference()}

  @doc """
  The program as a binary. It keeps the file name and the source, and
  `from_binary/1` compiles it again, so a stored program survives interpreter
  upgrades.
  """
  @spec to_binary(t()) :: binary()
  def to_binary(%__MODULE__{ref: ref}), do: Pyex.Native.program_to_binary(ref)

  @doc """
  A program from `to_binary/1`'s bytes; other bytes give `{:error, "ValueError: ..."}`.

      iex> Pyex.Program.from_binary("junk")
      {:error, "ValueError: not a pyex program: bad magic"}
  """
  @spec from_binary(binary()) :: {:ok, t()} | {:error, String.t()}
  def from_binary(binary) when is_binary(binary) do
    case Pyex.Native.program_from_binary(binary) do
      {:ok, ref} -> {:ok, %__MODULE__{ref: ref}}
      {:error, native} -> {:error, native |> Pyex.Error.from_native() |> Pyex.Error.to_string()}
    end
  end
end

defimpl Inspect, for: Pyex.Program do
  def inspect(_program, _opts), do: "#Pyex.Program<>"
end
