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

  defexception type: "RuntimeError", message: "", traceback: ""

  @type t :: %__MODULE__{type: String.t(), message: String.t(), traceback: String.t()}

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
    do: %__MODULE__{type: type, message: message, traceback: traceback}

  def from_native(:busy),
    do: %__MODULE__{
      type: "RuntimeError",
      message: "the context is in use by another process"
    }
end
