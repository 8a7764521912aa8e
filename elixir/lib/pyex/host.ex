defmodule Pyex.Host do
  @moduledoc false
  # Drives a run through its host calls: each `{:host_call, ...}` from the NIF is
  # answered by the Elixir fun of `Ctx.modules` in the calling process, and the NIF
  # resumes the run with the reply. A `:suspend` function ends the drive with
  # `{:suspended, ctx}`.

  alias Pyex.{Ctx, Error, Native}

  @spec drive(term(), Ctx.t()) ::
          {:ok, term(), Ctx.t()} | {:suspended, Ctx.t()} | {:error, Error.t()}
  def drive({:ok, value, ref}, ctx), do: {:ok, value, %{ctx | ref: ref, status: :done}}
  def drive({:error, native}, _ctx), do: {:error, Error.from_native(native)}

  def drive({:host_call, ref, module, function, args, kwargs}, ctx) do
    case lookup(ctx, module, function) do
      :suspend ->
        {:suspended, %{ctx | ref: ref, status: :suspended, suspended: {module, function, args}}}

      {:builtin, fun} ->
        reply = call(fun, args, kwargs)
        drive(Native.ctx_resume(ref, reply), ctx)
    end
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
