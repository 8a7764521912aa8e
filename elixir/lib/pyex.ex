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

  ## Limits

  `timeout:`, `memory:`, `max_steps:`, `max_output_bytes:`, `max_open_files:`,
  `max_fs_bytes:` and `recursion_limit:` (see `Pyex.Ctx`). A limit ends the run
  with an error the program cannot catch; `Pyex.Error.limit/1` names it.
  Allocations too big for any machine fail before they happen:

      iex> Pyex.run("while True: pass", max_steps: 100_000)
      {:error, "TimeoutError: execution exceeded step limit"}

      iex> Pyex.run("x = [0] * 10**10")
      {:error, "MemoryError"}

  ## Profiling

  `profile: true` records line counts, call counts and inclusive call times,
  read with `profile/1`; off, it costs nothing.

  ## Filesystems

  `Pyex.Filesystem.Memory` (the default, part of snapshots) or
  `Pyex.Filesystem.Local` (a host directory, every path confined to it), seen by
  `open`, `os`, `pathlib`, `shutil`, `glob` and `import`; read the files back
  with `Pyex.Ctx.filesystem/1`.

  ## Suspend, snapshot, resume

  `pyex.suspend(value)` (or a module function given as `:suspend`) pauses the
  run: `{:suspended, ctx}`. `snapshot/1` turns the context into a binary (store
  it anywhere), `restore/2` gives it back in any OS process (restoring twice
  forks) and `resume/3` continues exactly where it stopped — inside nested
  calls, loops, generators, `with` blocks and `try`/`finally`.

  ## Compile once, run many

  `compile/1` gives a program that any number of processes run at once, each
  in its own context.
  """

  alias Pyex.{Ctx, Error, Host, Native, Program}
  require Pyex.Native

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
    |> start(ctx)
    |> Host.drive(ctx)
  end

  defp run_structured(code, %Ctx{ref: ref} = ctx) do
    code = native_code(code)

    retry_busy(fn -> Native.ctx_run(ref, code, ctx.filename, true) end)
    |> Host.drive(ctx)
  end

  # A compiled program, or a source that compiles in well under a millisecond, starts on
  # the caller's scheduler (its run cut after 0.5 ms, continued on a dirty one): a dirty
  # scheduler's wake-up costs as much as a short run. A bigger source compiles on a dirty one.
  defp start(source, ctx) when is_binary(source) and not Native.quick_source?(source),
    do: Native.ctx_start(ctx.native, source, ctx.filename)

  defp start(code, ctx), do: Native.ctx_start_quick(ctx.native, code, ctx.filename)

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

    case Host.drive(Host.resume(fork, {:ok, value}), %{ctx | suspended: nil}) do
      {:error, %Error{} = error} -> {:error, Error.to_string(error)}
      other -> other
    end
  end

  @doc """
  Performs the I/O a run suspended at (a context made with `on_io: :suspend`,
  or restored from the snapshot of such a run) and continues it, as `run/2`
  would have: I/O requests on dirty I/O schedulers, concurrently.

      iex> source = "import _pyex_io\\n_pyex_io.sql({'statement': 'select 1'})['error']['message']"
      iex> {:suspended, ctx} = Pyex.run(source, capabilities: [:sql], on_io: :suspend)
      iex> {:ok, ctx} = Pyex.restore(Pyex.snapshot(ctx))
      iex> Pyex.resume_io(ctx) |> elem(1)
      "DATABASE_URL is not set in the environment the host granted"
  """
  @spec resume_io(Ctx.t()) ::
          {:ok, term(), Ctx.t()} | {:suspended, Ctx.t()} | {:error, String.t()}
  def resume_io(%Ctx{ref: ref} = ctx) when ref != nil do
    {:ok, fork} = retry_busy(fn -> Native.ctx_fork(ref) end)

    case Native.ctx_pending(fork) do
      nil ->
        {:error, "ValueError: the context is not paused at I/O"}

      pause ->
        case Host.drive(pause, %{ctx | suspended: nil, on_io: :perform}) do
          {:error, %Error{} = error} -> {:error, Error.to_string(error)}
          other -> other
        end
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
  Elixir side again: the custom module functions, the profile flag. The format
  is versioned and checksummed: truncated, corrupted, foreign or other-version
  bytes give `{:error, "invalid snapshot: ..."}`, never a crash. Restoring the
  same snapshot twice gives two independent contexts (forks).

      iex> Pyex.restore("not a snapshot")
      {:error, "invalid snapshot: not a pyex snapshot (bad magic)"}
  """
  @spec restore(binary(), keyword()) :: {:ok, Ctx.t()} | {:error, String.t()}
  def restore(snapshot, opts \\ []) when is_binary(snapshot) do
    case Native.ctx_restore(snapshot) do
      {:ok, ref} -> {:ok, %{Ctx.new(opts) | ref: ref, status: :suspended}}
      {:error, {_type, "invalid snapshot: " <> _ = message, _}} -> {:error, message}
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
  What a run with `profile: true` recorded (else `nil`): how often each line of
  the program ran, how often each function was called, and each function's
  inclusive compute time in microseconds (a recursive function's time counted
  once; time waiting for the host excluded). Methods are named `"Class.method"`.

      iex> source = "def fib(n):\\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\\nfib(10)"
      iex> {:ok, 55, ctx} = Pyex.run(source, profile: true)
      iex> %{line_counts: %{2 => 177, 3 => 1}, call_counts: %{"fib" => 177}, call_us: %{"fib" => _}} =
      ...>   Pyex.profile(ctx)

  Profiling costs nothing when off: the interpreter runs a separate copy of its
  instruction loop without the profiling hook.
  """
  @spec profile(Ctx.t()) ::
          %{
            line_counts: %{pos_integer() => non_neg_integer()},
            call_counts: %{String.t() => non_neg_integer()},
            call_us: %{String.t() => non_neg_integer()}
          }
          | nil
  def profile(%Ctx{profile: false}), do: nil
  def profile(%Ctx{ref: nil}), do: %{line_counts: %{}, call_counts: %{}, call_us: %{}}

  def profile(%Ctx{ref: ref}) do
    {:ok, report} = retry_busy(fn -> Native.ctx_profile(ref) end)
    report
  end

  @doc """
  The context's own heap: live objects, their estimated bytes, and the heap
  slots it holds (live or free for reuse). The template every context starts
  from is shared and not counted. A host keeping a context alive for many runs
  watches these stay flat (objects and bytes drop at each collection).

      iex> {:ok, _, ctx} = Pyex.run("rows = [[i] for i in range(1000)]")
      iex> %{objects: objects, bytes: _, slots: _} = Pyex.memory(ctx)
      iex> objects >= 1000
      true
  """
  @spec memory(Ctx.t()) :: %{
          objects: non_neg_integer(),
          bytes: non_neg_integer(),
          slots: non_neg_integer()
        }
  def memory(%Ctx{ref: nil}), do: %{objects: 0, bytes: 0, slots: 0}

  def memory(%Ctx{ref: ref}) do
    {:ok, {objects, bytes, slots}} = retry_busy(fn -> Native.ctx_memory(ref) end)
    %{objects: objects, bytes: bytes, slots: slots}
  end

  @doc """
  Compute time of the runs in a context so far, in microseconds (time waiting
  for the host excluded).
  """
  @spec compute_us(Ctx.t()) :: non_neg_integer()
  def compute_us(%Ctx{ref: nil}), do: 0

  def compute_us(%Ctx{ref: ref}) do
    {:ok, us} = retry_busy(fn -> Native.ctx_compute_us(ref) end)
    us
  end
end
