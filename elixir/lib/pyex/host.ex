defmodule Pyex.Host do
  @moduledoc false
  # Drives a run through its host calls: each `{:host_call, ...}` from the NIF is
  # answered by the Elixir fun of `Ctx.modules` in the calling process, and the NIF
  # resumes the run with the reply. A `:suspend` function ends the drive with
  # `{:suspended, ctx}`. A `{:host_calls, ...}` batch (awaitable functions called
  # from several asyncio tasks) runs one Task per call, concurrently, and resumes
  # with every reply at once.

  alias Pyex.{Ctx, Error, Native}

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
        drive(Native.ctx_resume(ref, reply), ctx)
    end
  end

  def drive({:host_calls, ref, calls}, ctx) do
    drive(Native.ctx_resume_many(ref, perform_all(calls, ctx)), ctx)
  end

  # One Task per call; a call still running after `ctx.call_timeout` ms is killed
  # and raises TimeoutError in Python.
  defp perform_all(calls, ctx) do
    started =
      Enum.map(calls, fn
        {id, {:error, _, _} = reply} ->
          {id, reply}

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
