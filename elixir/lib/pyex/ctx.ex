defmodule Pyex.Ctx do
  @moduledoc """
  An execution context: the options a run starts with and, after a run, its state
  (globals, captured output, files) held by the NIF.

  Most callers pass options straight to `Pyex.run/2`; build a `Ctx` to reuse the
  same options or to continue from an earlier run's state. A context returned by
  `Pyex.run/2` is a value: running again with it starts from a copy, so the
  returned context of the first run is never changed.

      iex> ctx = Pyex.Ctx.new(env: %{"GREETING" => "hi"})
      iex> {:ok, "hi", ctx} = Pyex.run("import os\\nos.environ['GREETING']", ctx)
      iex> {:ok, 2, _ctx} = Pyex.run("counter = 2\\ncounter", ctx)
      iex> Pyex.output(ctx)
      ""

  ## Options

    * `:modules` - custom modules, `%{"db" => %{"save" => {:builtin, fun}}}`. `fun`
      takes the list of positional arguments (arity 1) or the list and a map of
      keyword arguments (arity 2); it runs in the calling process. An exception it
      raises is raised in Python (`Pyex.Error` keeps its type; `ArgumentError`
      becomes `ValueError`, `KeyError` stays `KeyError` (with the key as its argument), a non-matching clause is a
      `TypeError`, anything else `RuntimeError`). A function given as `:suspend`
      pauses the run instead (`{:suspended, ctx}`), like `pyex.suspend()`. A
      function given as `{:async_builtin, fun}` is awaitable in Python
      (`await db.get(1)`): when several asyncio tasks wait on such calls, the
      run pauses once with all of them and each runs in its own `Task`,
      concurrently (so `asyncio.gather` of ten 100 ms calls takes about 100 ms).
    * `:call_timeout` - milliseconds a batch of concurrent `:async_builtin` calls
      may take (default 60 000); a call still running then is killed and raises
      `TimeoutError` in Python.
    * `:timeout` - compute-time budget in milliseconds (time spent in your module
      functions does not count); exceeding it gives
      `{:error, "TimeoutError: execution exceeded time limit"}`.
    * `:memory` - heap budget in bytes (`MemoryError: memory limit exceeded`; an
      allocation that would exceed it fails before it happens).
    * `:max_steps` - bytecode instructions a run may execute, counted in blocks of
      4096 (`TimeoutError: execution exceeded step limit`): a budget that, unlike
      `:timeout`, gives the same result on a busy machine.
    * `:max_output_bytes` - bytes the program may print (stdout and stderr
      together; `OSError: output limit exceeded`).
    * `:max_open_files` - files the program may hold open at once
      (`OSError: [Errno 24] Too many open files`).
    * `:max_fs_bytes` - bytes the filesystem may hold after a write
      (`OSError: [Errno 28] No space left on device`).
    * `:filesystem` - a `Pyex.Filesystem.Memory` (default: an empty one), a
      `Pyex.Filesystem.Local` (a host directory, every path confined to it), a
      `Pyex.Filesystem.S3` (a bucket and prefix, reached through I/O pauses), or `:denied`.
    * `:fs_module` - accepted for compatibility (the module of `:filesystem`).
    * `:env` - `os.environ` (a map; keys and values become strings): exactly
      what the program sees, never the host's own environment. `DATABASE_URL`
      and the `AWS_*` settings of the `sql` and `boto3` modules come from here.
    * `:network` - URLs the program may request (`requests`), e.g.
      `[%{allowed_url_prefix: "https://api.example.com/v1/", methods: ["GET", "POST"],
      headers: %{"authorization" => "Bearer ..."}}]`: matched by scheme, host, port
      and path segments; methods default to GET and HEAD; `headers` are added to
      matching requests and never visible to the program. Default: none.
    * `:capabilities` - e.g. `[:sql, :boto3]` (PostgreSQL through `DATABASE_URL`,
      S3). Default: none. A refused request raises `PermissionError` in Python.
    * `:on_io` - `:perform` (default: I/O is performed on a dirty I/O scheduler
      and the run resumes) or `:suspend` (the run returns `{:suspended, ctx}` at
      an I/O request: snapshot it, or continue with `Pyex.resume_io/1`).
    * `:stdin` - what `input()` reads.
    * `:profile` - `true` to record what `Pyex.profile/1` reports.
    * `:recursion_limit` - `sys.getrecursionlimit()` (default 1000).
    * `:filename` - the file name tracebacks show (default `"main.py"`).
  """

  defstruct ref: nil,
            modules: %{},
            native: %{},
            profile: false,
            filename: "main.py",
            status: :new,
            suspended: nil,
            call_timeout: 60_000,
            on_io: :perform

  @type module_fun ::
          {:builtin | :async_builtin, (list() -> term()) | (list(), map() -> term())}
          | :suspend
  @type t :: %__MODULE__{
          ref: reference() | nil,
          modules: %{optional(String.t()) => %{optional(String.t()) => module_fun()}},
          native: map(),
          profile: boolean(),
          filename: String.t(),
          status: :new | :done | :suspended,
          suspended: nil | {String.t(), String.t(), list()},
          call_timeout: non_neg_integer(),
          on_io: :perform | :suspend
        }

  @options [
    :modules,
    :timeout,
    :memory,
    :filesystem,
    :fs_module,
    :env,
    :stdin,
    :profile,
    :recursion_limit,
    :filename,
    :max_steps,
    :max_output_bytes,
    :max_open_files,
    :max_fs_bytes,
    :call_timeout,
    :network,
    :capabilities,
    :on_io
  ]

  @doc """
  A new context from `opts` (see the module doc's options).

      iex> Pyex.Ctx.new(timeout: 100).native.timeout_ms
      100
  """
  @spec new(keyword()) :: t()
  def new(opts \\ []) do
    opts = Keyword.validate!(opts, @options)
    modules = Keyword.get(opts, :modules, %{})
    check_modules!(modules)

    %__MODULE__{
      modules: modules,
      profile: Keyword.get(opts, :profile, false) == true,
      filename: Keyword.get(opts, :filename, "main.py"),
      call_timeout: Keyword.get(opts, :call_timeout, 60_000),
      on_io: Keyword.get(opts, :on_io, :perform),
      native: native_options(opts, modules)
    }
  end

  @doc """
  The files as the program left them (a `Pyex.Filesystem.Memory`), the
  `Pyex.Filesystem.Local` the context uses (read its files with
  `Pyex.Filesystem.Local.read/2`), or `nil` when the filesystem was `:denied`.

      iex> {:ok, _, ctx} = Pyex.run("open('out.txt', 'w').write('hi')")
      iex> Pyex.Filesystem.Memory.read(Pyex.Ctx.filesystem(ctx), "out.txt")
      "hi"
  """
  @spec filesystem(t()) ::
          Pyex.Filesystem.Memory.t() | Pyex.Filesystem.Local.t() | Pyex.Filesystem.S3.t() | nil
  def filesystem(%__MODULE__{native: %{filesystem: :local, local_root: root}}),
    do: %Pyex.Filesystem.Local{root: root}

  def filesystem(%__MODULE__{native: %{filesystem: :s3, s3: s3}}) do
    options =
      for key <- [:endpoint_url, :region, :access_key_id, :secret_access_key],
          s3[key] != nil,
          do: {key, s3[key]}

    %Pyex.Filesystem.S3{bucket: s3.bucket, prefix: s3.prefix, options: options}
  end

  def filesystem(%__MODULE__{ref: nil, native: native}) do
    case native.filesystem do
      :denied -> nil
      _ -> Pyex.Filesystem.Memory.new(Map.new(native.files))
    end
  end

  def filesystem(%__MODULE__{ref: ref}) do
    case Pyex.Native.ctx_files(ref) do
      {:ok, nil} -> nil
      {:ok, files} -> Pyex.Filesystem.Memory.new(Map.new(files))
    end
  end

  defp check_modules!(modules) when is_map(modules) do
    for {name, funs} <- modules do
      unless is_binary(name) and is_map(funs) do
        raise ArgumentError, "modules: expected %{\"name\" => %{\"fun\" => {:builtin, fun}}}"
      end

      for {fun_name, fun} <- funs do
        unless is_binary(fun_name) and valid_fun?(fun) do
          raise ArgumentError,
                "modules: #{name}.#{fun_name} must be {:builtin, fun} or {:async_builtin, fun} (arity 1 or 2) or :suspend"
        end
      end
    end

    :ok
  end

  defp check_modules!(_), do: raise(ArgumentError, "modules: expected a map")

  defp valid_fun?({kind, fun})
       when kind in [:builtin, :async_builtin] and (is_function(fun, 1) or is_function(fun, 2)),
       do: true

  defp valid_fun?(:suspend), do: true
  defp valid_fun?(_), do: false

  defp native_options(opts, modules) do
    host_modules =
      Enum.map(modules, fn {name, funs} ->
        {name, for({f, fun} <- funs, not match?({:async_builtin, _}, fun), do: f)}
      end)
      |> add_pyex_module()

    async_functions =
      Enum.map(modules, fn {name, funs} ->
        {name, for({f, {:async_builtin, _}} <- funs, do: f)}
      end)

    {filesystem, files, local_root} =
      case Keyword.get(opts, :filesystem) do
        nil -> {:memory, [], nil}
        :denied -> {:denied, [], nil}
        %Pyex.Filesystem.Memory{files: files} -> {:memory, Map.to_list(files), nil}
        %Pyex.Filesystem.Local{root: root} -> {:local, [], root}
        %Pyex.Filesystem.S3{} -> {:s3, [], nil}
        other -> raise ArgumentError, "filesystem: unsupported #{inspect(other)}"
      end

    s3 =
      case Keyword.get(opts, :filesystem) do
        %Pyex.Filesystem.S3{} = fs -> Pyex.Filesystem.S3.native(fs)
        _ -> nil
      end

    %{
      host_modules: host_modules,
      async_functions: async_functions,
      timeout_ms: Keyword.get(opts, :timeout),
      memory_bytes: Keyword.get(opts, :memory),
      recursion_limit: Keyword.get(opts, :recursion_limit),
      stdin: Keyword.get(opts, :stdin),
      env: Enum.map(Keyword.get(opts, :env, %{}), fn {k, v} -> {to_string(k), to_string(v)} end),
      filesystem: filesystem,
      files: files,
      local_root: local_root,
      s3: s3,
      profile: Keyword.get(opts, :profile, false) == true,
      max_steps: Keyword.get(opts, :max_steps),
      max_output_bytes: Keyword.get(opts, :max_output_bytes),
      max_open_files: Keyword.get(opts, :max_open_files),
      max_fs_bytes: Keyword.get(opts, :max_fs_bytes),
      network: Enum.map(Keyword.get(opts, :network, []), &network_grant/1),
      capabilities: Enum.map(Keyword.get(opts, :capabilities, []), &to_string/1)
    }
  end

  # `%{allowed_url_prefix: ..., methods: [...], headers: %{...}}` (atom or string keys).
  defp network_grant(grant) when is_map(grant) do
    get = fn key -> Map.get(grant, key, Map.get(grant, Atom.to_string(key))) end

    prefix =
      get.(:allowed_url_prefix) ||
        raise ArgumentError, "network: each grant needs :allowed_url_prefix"

    methods = Enum.map(get.(:methods) || [], &(&1 |> to_string() |> String.upcase()))
    headers = Enum.map(get.(:headers) || %{}, fn {k, v} -> {to_string(k), to_string(v)} end)
    {to_string(prefix), methods, headers}
  end

  defp network_grant(other),
    do: raise(ArgumentError, "network: expected a map per grant, got #{inspect(other)}")

  # `import pyex; pyex.suspend()` pauses any run (unless the host defines its own `pyex`).
  defp add_pyex_module(host_modules) do
    if List.keymember?(host_modules, "pyex", 0),
      do: host_modules,
      else: [{"pyex", ["suspend"]} | host_modules]
  end
end

defimpl Inspect, for: Pyex.Ctx do
  def inspect(ctx, _opts), do: "#Pyex.Ctx<#{ctx.status}>"
end
