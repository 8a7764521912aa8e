defmodule Pyex.Error do
  @moduledoc """
  A Python exception (or an exceeded limit) that ended a run, raised by `Pyex.run!/2`.

  Fields: `type` is the Python class name (`"ZeroDivisionError"`, `"SyntaxError"`,
  `"TimeoutError"`), `message` is `str(exception)`, and `traceback` is what python3
  prints for it (empty where there is none).

      iex> try do
      ...>   Pyex.run!("1 / 0")
      ...> rescue
      ...>   e in Pyex.Error -> {e.type, e.message}
      ...> end
      {"ZeroDivisionError", "division by zero"}
  """
  import Kernel, except: [to_string: 1]

  defexception type: "RuntimeError", message: "", traceback: "", limit: nil

  @typedoc """
  `limit` names the limit that ended the run (`nil` for an ordinary exception):
  `:time`, `:steps`, `:memory`, `:recursion`, `:output`, `:open_files`, `:fs_bytes`.
  """
  @type limit :: :time | :steps | :memory | :recursion | :output | :open_files | :fs_bytes
  @type t :: %__MODULE__{
          type: String.t(),
          message: String.t(),
          traceback: String.t(),
          limit: limit() | nil
        }

  @impl true
  def message(%__MODULE__{} = e) do
    case e.traceback do
      "" -> to_string(e)
      tb -> to_string(e) <> "\n\n" <> tb
    end
  end

  @doc """
  The error as the original API's string: `"Type: message"` (just `"Type"` when the
  message is empty).

      iex> Pyex.Error.to_string(%Pyex.Error{type: "KeyError", message: "'a'"})
      "KeyError: 'a'"
  """
  @spec to_string(t()) :: String.t()
  def to_string(%__MODULE__{type: type, message: ""}), do: type
  def to_string(%__MODULE__{type: type, message: message}), do: type <> ": " <> message

  @doc false
  @spec from_native({String.t(), String.t(), String.t()} | :busy) :: t()
  def from_native({type, message, traceback}),
    do: %__MODULE__{
      type: type,
      message: message,
      traceback: traceback,
      limit: limit(type, message)
    }

  def from_native(:busy),
    do: %__MODULE__{
      type: "RuntimeError",
      message: "the context is in use by another process"
    }

  @doc """
  The limit an error string or `Pyex.Error` stands for (`nil` for an ordinary
  exception): the errors the interpreter makes for its limits have fixed texts.

      iex> Pyex.Error.limit("TimeoutError: execution exceeded time limit")
      :time
      iex> {:error, message} = Pyex.run("x = 'a' * 10**10")
      iex> Pyex.Error.limit(message)
      :memory
      iex> Pyex.Error.limit("ZeroDivisionError: division by zero")
      nil
  """
  @spec limit(String.t() | t()) :: limit() | nil
  def limit(%__MODULE__{limit: limit}), do: limit

  def limit(text) when is_binary(text) do
    case String.split(text, ": ", parts: 2) do
      [type, message] -> limit(type, message)
      [type] -> limit(type, "")
    end
  end

  defp limit("TimeoutError", "execution exceeded time limit"), do: :time
  defp limit("TimeoutError", "execution exceeded step limit"), do: :steps
  defp limit("MemoryError", _), do: :memory
  defp limit("RecursionError", _), do: :recursion
  defp limit("OSError", "output limit exceeded"), do: :output
  defp limit("OSError", "[Errno 24] Too many open files"), do: :open_files
  defp limit("OSError", "[Errno 28] No space left on device"), do: :fs_bytes
  defp limit(_, _), do: nil
end
