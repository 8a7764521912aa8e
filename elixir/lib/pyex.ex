defmodule Pyex do
  @moduledoc """
  Runs Python 3 programs inside your Elixir app, as a function call: no
  container, no port, no Python installation. The interpreter is Rust (a NIF
  on dirty CPU schedulers), so a long program never blocks the BEAM's
  schedulers, and a panic in it comes back as an error instead of taking the node down.

      iex> Pyex.run!("2 + 3")
      5

      iex> {:ok, result, _ctx} = Pyex.run("sorted([3, 1, 2])")
      iex> result
      [1, 2, 3]

  ## Values

  The value of the program's last expression statement comes back converted:
  `None`/`True`/`False` ↔ `nil`/`true`/`false`, `int` ↔ integer (any size),
  `float` ↔ float (`:nan`, `:infinity`, `:neg_infinity` for the floats Erlang
  lacks), `str` ↔ UTF-8 binary, `bytes` ↔ `{:bytes, binary}`, `list` ↔ list,
  `tuple` ↔ tuple, `dict` ↔ map, `set`/`frozenset` → `MapSet` (and `MapSet` →
  `set`); Elixir atoms become `str`. The same holds for arguments and results
  of custom module functions. A value with no such form (a class instance, a
  function) is an error: `{:error, "TypeError: cannot convert ... to an Elixir term"}`.

      iex> Pyex.run!("{'a': (1, 2.5), 'b': {3}, 'c': b'raw', 'big': 2 ** 70}")
      %{"a" => {1, 2.5}, "b" => MapSet.new([3]), "c" => {:bytes, "raw"}, "big" => 1180591620717411303424}
  """

  alias Pyex.{Ctx, Error, Host, Native, Program}

  @typedoc "Python source or a program from `compile/1`."
  @type code :: String.t() | Program.t()

  @doc """
  Compiles `source` once, to run many times with `run/2`.

      iex> {:ok, program} = Pyex.compile("x * 2" |> String.replace("x", "21"))
      iex> Pyex.run!(program)
      42

      iex> Pyex.compile("x = = 1")
      {:error, "SyntaxError: invalid syntax (main.py, line 1)"}
  """
  @spec compile(String.t(), keyword()) :: {:ok, Program.t()} | {:error, String.t()}
  def compile(source, opts \\ []) when is_binary(source) do
    opts = Keyword.validate!(opts, filename: "main.py")

    case Native.program_compile(source, opts[:filename]) do
      {:ok, ref} -> {:ok, %Program{ref: ref}}
      {:error, native} -> {:error, native |> Error.from_native() |> Error.to_string()}
    end
  end

  @doc """
  Runs `code` (source or a compiled program) with a `Pyex.Ctx` or the options of
  `Pyex.Ctx.new/1`.

  Returns `{:ok, value, ctx}` (the value of the last expression statement),
  `{:error, "Type: message"}` for an uncaught exception or an exceeded limit, or
  `{:suspended, ctx}` when the program paused (see `resume/3`).

      iex> Pyex.run("1 / 0")
      {:error, "ZeroDivisionError: division by zero"}

      iex> Pyex.run("while True: pass", timeout: 50)
      {:error, "TimeoutError: execution exceeded time limit"}

      iex> {:ok, "hello world", _ctx} =
      ...>   Pyex.run(~s|import mylib\\nmylib.greet("world")|,
      ...>     modules: %{"mylib" => %{"greet" => {:builtin, fn [name] -> "hello " <> name end}}})
  """
  @spec run(code(), Ctx.t() | keyword()) ::
          {:ok, term(), Ctx.t()} | {:suspended, Ctx.t()} | {:error, String.t()}
  def run(code, ctx_or_opts \\ []) do
    case run_structured(code, ctx_or_opts) do
      {:error, %Error{} = error} -> {:error, Error.to_string(error)}
      other -> other
    end
  end

  @doc """
  Like `run/2`, returning just the value; raises `Pyex.Error` (with the Python
  type, message and traceback) on an error, and on a suspension.

      iex> Pyex.run!("sum(x * x for x in range(10))")
      285
  """
  @spec run!(code(), Ctx.t() | keyword()) :: term()
  def run!(code, ctx_or_opts \\ []) do
    case run_structured(code, ctx_or_opts) do
      {:ok, value, _ctx} -> value
      {:error, error} -> raise error
      {:suspended, _ctx} -> raise Error, type: "RuntimeError", message: "the program suspended"
    end
  end

  defp run_structured(code, opts) when is_list(opts), do: run_structured(code, Ctx.new(opts))

  defp run_structured(code, %Ctx{ref: nil} = ctx) do
    code
    |> native_code()
    |> then(&Native.ctx_start(ctx.native, &1, ctx.filename))
    |> Host.drive(ctx)
  end

  defp run_structured(code, %Ctx{ref: ref} = ctx) do
    code = native_code(code)

    retry_busy(fn -> Native.ctx_run(ref, code, ctx.filename, true) end)
    |> Host.drive(ctx)
  end

  defp native_code(source) when is_binary(source), do: source
  defp native_code(%Program{ref: ref}), do: ref

  # Forking a context only reads it: a concurrent user of the same handle finishes soon.
  defp retry_busy(call, tries \\ 1000) do
    case call.() do
      {:error, :busy} when tries > 0 ->
        Process.sleep(1)
        retry_busy(call, tries - 1)

      result ->
        result
    end
  end

  @doc """
  Continues a suspended run (`{:suspended, ctx}` from `run/2`); `pyex.suspend()`
  returns `value` in the program. The first argument is the program the context
  runs (accepted as in the original API; the context holds its compiled code).

      iex> source = "import pyex\\nanswer = pyex.suspend('need input')\\n[answer]"
      iex> {:suspended, ctx} = Pyex.run(source, Pyex.Ctx.new())
      iex> {:ok, [21], _ctx} = Pyex.resume(source, ctx, 21)
      iex> {:ok, [nil], _ctx} = Pyex.resume(source, ctx)
  """
  @spec resume(code(), Ctx.t(), term()) ::
          {:ok, term(), Ctx.t()} | {:suspended, Ctx.t()} | {:error, String.t()}
  def resume(_code, %Ctx{ref: ref} = ctx, value \\ nil) when ref != nil do
    {:ok, fork} = retry_busy(fn -> Native.ctx_fork(ref) end)

    case Host.drive(Native.ctx_resume(fork, {:ok, value}), %{ctx | suspended: nil}) do
      {:error, %Error{} = error} -> {:error, Error.to_string(error)}
      other -> other
    end
  end

  @doc """
  The whole state of a context as a binary: store it anywhere and continue with
  `restore/2` (for example a suspended run, days later, on another node).

      iex> {:suspended, ctx} = Pyex.run("import pyex\\nn = pyex.suspend()\\nn + 1")
      iex> snapshot = Pyex.snapshot(ctx)
      iex> {:ok, ctx} = Pyex.restore(snapshot)
      iex> {:ok, 8, _} = Pyex.resume(nil, ctx, 7)
  """
  @spec snapshot(Ctx.t()) :: binary()
  def snapshot(%Ctx{ref: ref}) when ref != nil do
    {:ok, binary} = retry_busy(fn -> Native.ctx_snapshot(ref) end)
    binary
  end

  @doc """
  A context from `snapshot/1`'s bytes. `opts` (as for `Pyex.Ctx.new/1`) give the
  Elixir side again: the custom module functions, the profile flag. Foreign bytes
  give `{:error, "ValueError: not a pyex snapshot: ..."}`.
  """
  @spec restore(binary(), keyword()) :: {:ok, Ctx.t()} | {:error, String.t()}
  def restore(snapshot, opts \\ []) when is_binary(snapshot) do
    case Native.ctx_restore(snapshot) do
      {:ok, ref} -> {:ok, %{Ctx.new(opts) | ref: ref, status: :suspended}}
      {:error, native} -> {:error, native |> Error.from_native() |> Error.to_string()}
    end
  end

  @doc """
  Everything the program printed to stdout, exactly (with its newlines).

      iex> {:ok, _, ctx} = Pyex.run("print('hello')\\nprint(1, 2)")
      iex> Pyex.output(ctx)
      "hello\\n1 2\\n"
  """
  @spec output(Ctx.t()) :: String.t()
  def output(%Ctx{ref: nil}), do: ""

  def output(%Ctx{ref: ref}) do
    {:ok, output} = retry_busy(fn -> Native.ctx_output(ref) end)
    output
  end

  @doc """
  What the run cost, for a context created with `profile: true` (else `nil`):
  `%{compute_us: n}`, the compute time in microseconds (per-line and per-function
  counts are not recorded yet).
  """
  @spec profile(Ctx.t()) :: %{compute_us: non_neg_integer()} | nil
  def profile(%Ctx{profile: false}), do: nil
  def profile(%Ctx{ref: nil}), do: %{compute_us: 0}

  def profile(%Ctx{ref: ref}) do
    {:ok, us} = retry_busy(fn -> Native.ctx_compute_us(ref) end)
    %{compute_us: us}
  end
end
