defmodule Pyex.Filesystem.Memory do
  @moduledoc """
  An in-memory filesystem for one context: `open()`, `os` and `import` in the
  program see exactly these files, and nothing of the host's disk.

  After a run, `Pyex.Ctx.filesystem/1` gives the files as the program left them.

      iex> fs = Pyex.Filesystem.Memory.new(%{"data.txt" => "42"})
      iex> Pyex.run!("int(open('data.txt').read()) + 1", filesystem: fs)
      43
  """
  defstruct files: %{}

  @type t :: %__MODULE__{files: %{optional(String.t()) => binary()}}

  @doc "A filesystem holding `files` (path => content)."
  @spec new(%{optional(String.t()) => binary()}) :: t()
  def new(files \\ %{}) when is_map(files), do: %__MODULE__{files: files}

  @doc "The content of `path`, or `nil`."
  @spec read(t(), String.t()) :: binary() | nil
  def read(%__MODULE__{files: files}, path), do: Map.get(files, path)
end
