defmodule Pyex.Host do
  @moduledoc false
  # Drives a run through its host calls: each `{:host_call, ...}` from the NIF is
  # answered by the Elixir fun of `Ctx.modules` in the calling process, and the NIF
  # resumes the run with the reply. A `:suspend` function ends the drive with
  # `{:suspended, ctx}`. A `{:host_calls, ...}` batch (awaitable functions called
  # from several asyncio tasks, or I/O requests `{id, :io}`) runs one Task per
  # call, concurrently, and resumes with every reply at once. An I/O request is
  # performed by a NIF on a dirty I/O scheduler; its reply stays an opaque
  # resource the resume NIF takes. With `on_io: :suspend` an I/O pause ends the
  # drive with `{:suspended, ctx}` instead (`Pyex.resume_io/1` performs it later).

  alias Pyex.{Ctx, Error, Native}
  require Pyex.Native

  @spec drive(term(), Ctx.t()) ::
          {:ok, term(), Ctx.t()} | {:suspended, Ctx.t()} | {:error, Error.t()}
  def drive({:ok, value, ref}, ctx), do: {:ok, value, %{ctx | ref: ref, status: :done}}
  def drive({:error, native}, _ctx), do: {:error, Error.from_native(native)}

  def drive({:host_call, ref, module, function, args, kwargs}, ctx) do
    case lookup(ctx, module, function) do
      :suspend ->
        {:suspended, %{ctx | ref: ref, status: :suspended, suspended: {module, function, args}}}

      {_builtin_or_async, fun} ->
        reply = call(fun, args, kwargs)
        drive(resume(ref, reply), ctx)
    end
  end

  def drive({:host_calls, ref, calls}, %Ctx{on_io: :suspend} = ctx)
      when is_list(calls) do
    if Enum.any?(calls, &match?({_, :io}, &1)) do
      {:suspended, %{ctx | ref: ref, status: :suspended, suspended: {"_pyex_io", "io", []}}}
    else
      drive({:host_calls, ref, calls}, %{ctx | on_io: :perform})
    end
  end

  def drive({:host_calls, ref, calls}, ctx) do
    io = fn id -> Native.ctx_perform_io(ref, id) end
    drive(Native.ctx_resume_many(ref, perform_all(calls, ctx.modules, ctx.call_timeout, io)), ctx)
  end

  # A scalar reply converts at once: the run goes on on this process's scheduler (for at
  # most 0.5 ms, then on a dirty one); a reply of any size goes to a dirty scheduler.
  defguardp small(value)
            when is_number(value) or is_atom(value) or
                   Native.quick_binary?(value)

  @doc false
  @spec resume(reference(), term()) :: term()
  def resume(ref, {:ok, value} = reply) when small(value), do: Native.ctx_resume_quick(ref, reply)

  def resume(ref, {:error, kind, message} = reply) when small(kind) and small(message),
    do: Native.ctx_resume_quick(ref, reply)

  def resume(ref, reply), do: Native.ctx_resume(ref, reply)

  @doc false
  # One Task per call (`io.(id)` performs an I/O call); a call still running
  # after `call_timeout` ms is killed and raises TimeoutError in Python.
  @spec perform_all(list(), map(), non_neg_integer(), (non_neg_integer() -> term())) :: list()
  # A lone I/O request (the common case: one `requests.get` or `sql.query`) is performed by
  # the calling process itself: a Task would only add a spawn and a message, and the driver
  # applies the request's own timeout.
  def perform_all([{id, :io}], _modules, _call_timeout, io), do: [{id, io.(id)}]

  # A run paused at the end of its time slice (a quick NIF): nothing to answer.
  def perform_all([], _modules, _call_timeout, _io), do: []

  def perform_all(calls, modules, call_timeout, io) do
    ctx = %{modules: modules, call_timeout: call_timeout}

    started =
      Enum.map(calls, fn
        {id, {:error, _, _} = reply} ->
          {id, reply}

        {id, :io} ->
          {id, Task.async(fn -> io.(id) end)}

        {id, module, function, args, kwargs} ->
          fun =
            case lookup(ctx, module, function) do
              {_, fun} -> fun
              :suspend -> fn _ -> raise "#{module}.#{function} cannot suspend in a batch" end
            end

          {id, Task.async(fn -> call(fun, args, kwargs) end)}
      end)

    tasks = for {_, %Task{} = task} <- started, do: task
    results = Map.new(Task.yield_many(tasks, ctx.call_timeout), fn {task, r} -> {task.ref, r} end)

    Enum.map(started, fn
      {id, %Task{} = task} -> {id, task_reply(task, Map.get(results, task.ref), ctx)}
      {id, reply} -> {id, reply}
    end)
  end

  defp task_reply(_task, {:ok, reply}, _ctx), do: reply

  defp task_reply(_task, {:exit, reason}, _ctx),
    do: {:error, "RuntimeError", "host call exited: #{inspect(reason)}"}

  defp task_reply(task, nil, ctx) do
    Task.shutdown(task, :brutal_kill)
    {:error, "TimeoutError", "host call timed out after #{ctx.call_timeout} ms"}
  end

  defp lookup(_ctx, "pyex", "suspend"), do: :suspend

  defp lookup(ctx, module, function) do
    case ctx.modules do
      %{^module => %{^function => entry}} -> entry
      _ -> {:builtin, fn _ -> raise "#{module}.#{function} is not available" end}
    end
  end

  @doc false
  @spec call(function(), list(), map()) :: {:ok, term()} | {:error, String.t(), String.t()}
  def call(fun, args, kwargs) do
    cond do
      is_function(fun, 2) -> {:ok, fun.(args, kwargs)}
      kwargs == %{} -> {:ok, fun.(args)}
      true -> {:ok, fun.(args ++ [kwargs])}
    end
  rescue
    e -> exception_reply(e)
  catch
    kind, reason -> {:error, "RuntimeError", "#{kind}: #{inspect(reason)}"}
  end

  defp exception_reply(%Error{type: type, message: message}), do: {:error, type, message}
  defp exception_reply(%ArgumentError{} = e), do: {:error, "ValueError", Exception.message(e)}
  # Python's KeyError carries the key itself (`str(e)` is its repr).
  defp exception_reply(%KeyError{key: key}) when is_binary(key), do: {:error, "KeyError", key}
  defp exception_reply(%KeyError{} = e), do: {:error, "KeyError", Exception.message(e)}

  defp exception_reply(%ArithmeticError{} = e),
    do: {:error, "ArithmeticError", Exception.message(e)}

  defp exception_reply(%FunctionClauseError{} = e),
    do: {:error, "TypeError", Exception.message(e)}

  defp exception_reply(%BadArityError{} = e), do: {:error, "TypeError", Exception.message(e)}
  defp exception_reply(e), do: {:error, "RuntimeError", Exception.message(e)}
end
