defmodule Pyex.Lambda do
  @moduledoc """
  Serve a FastAPI app written in Python: boot it once, then handle many requests.

  The app's state (module globals, the in-memory filesystem) lives in the booted
  app and persists from one request to the next, exactly like a real server.

      source = \"\"\"
      import fastapi
      app = fastapi.FastAPI()

      @app.get("/hello/{name}")
      def hello(name):
          return {"hello": name}
      \"\"\"
      {:ok, app} = Pyex.Lambda.boot(source)
      {:ok, resp, app} = Pyex.Lambda.handle(app, %{method: "GET", path: "/hello/ann"})
      resp.status  #=> 200
      resp.body    #=> %{"hello" => "ann"}

  A request is a map with `:method` (default `"GET"`), `:path` (may carry
  `?query`), optional `:query` (a string or a map), `:headers` (a map or a list
  of pairs) and `:body` (a binary; a map or list is sent as JSON).

  A response is `%{status: integer, headers: %{name => value}, body: body}`;
  the body of a JSON response is decoded to Elixir terms (`null` is `nil`),
  any other body is the raw binary.

  `handle_stream/2` answers a `StreamingResponse` with `chunks`, a lazy
  `Stream`: each element runs the Python generator for one more step, so
  `Enum.take(resp.chunks, 3)` runs only three iterations.

  The app handle is used by one request at a time; a request made while another
  is running on the same app waits for it.

  Handlers may call custom module functions (`modules:`) and do granted I/O
  (`network:`, `capabilities:`, `env:`, as for `Pyex.Ctx.new/1`): the request
  pauses, the call is answered (I/O on a dirty I/O scheduler, one Task per
  call of a batch) and the request continues. So may the app's program while
  it boots (a module-level `sql.query("CREATE TABLE ...")`, `requests.get(...)`
  or custom module call).
  """

  alias Pyex.{Ctx, Error, Native}
  require Pyex.Native

  defstruct [:ref, modules: %{}, call_timeout: 60_000]

  @type t :: %__MODULE__{ref: reference(), modules: map(), call_timeout: non_neg_integer()}
  @type request :: %{
          optional(:method) => String.t(),
          optional(:path) => String.t(),
          optional(:query) => String.t() | map(),
          optional(:headers) => map() | [{String.t(), String.t()}],
          optional(:body) => binary() | map() | list()
        }
  @type response :: %{status: integer(), headers: map(), body: term()}

  @doc """
  Runs `source`, a program that creates a `fastapi.FastAPI()` app, in a new
  context (`ctx: %Pyex.Ctx{}` gives its options, e.g. a filesystem; any other
  option is passed to `Pyex.Ctx.new/1`). Returns `{:ok, app}` or
  `{:error, "Type: message"}`.
  """
  @spec boot(String.t(), keyword()) :: {:ok, t()} | {:error, String.t()}
  def boot(source, opts \\ []) when is_binary(source) do
    {ctx, opts} = Keyword.pop(opts, :ctx)
    ctx = ctx || Ctx.new(opts)

    boot_nif(ctx.native, source) |> booted(ctx)
  end

  # A small app compiles in well under a millisecond: it boots on the caller's
  # scheduler (its program's run cut after 0.5 ms, continued on a dirty one); a
  # bigger one on a dirty scheduler from the start.
  defp boot_nif(options, source) when Native.quick_source?(source),
    do: Native.lambda_boot_quick(options, source)

  defp boot_nif(options, source), do: Native.lambda_boot(options, source)

  # Answers the host calls and I/O the app's program makes while it starts
  # (module-level `sql.query(...)`, custom module calls), as `handle/2` does.
  defp booted({:ok, ref}, ctx),
    do: {:ok, %__MODULE__{ref: ref, modules: ctx.modules, call_timeout: ctx.call_timeout}}

  defp booted({:host_calls, boot, calls}, ctx) do
    io = fn id -> Native.ctx_perform_io(boot, id) end
    replies = Pyex.Host.perform_all(calls, ctx.modules, ctx.call_timeout, io)
    boot |> Native.lambda_boot_resume(replies) |> booted(ctx)
  end

  defp booted({:error, native}, _ctx), do: {:error, error_text(native)}

  @doc "Handles one request: `{:ok, response, app}` (a streamed body is collected)."
  @spec handle(t(), request()) :: {:ok, response(), t()} | {:error, String.t()}
  def handle(%__MODULE__{} = app, request) do
    with {:ok, {status, headers, body, json, nil}} <- call(app, request, false) do
      {:ok, response(status, headers, body, json), app}
    end
  end

  @doc """
  Handles one request, giving the raw reply `{status, [{name, value}], body}`
  (what a server adapter sends; `Pyex.Lambda.Conn`).
  """
  @spec handle_raw(t(), request()) ::
          {:ok, {integer(), [{String.t(), String.t()}], binary()}, t()} | {:error, String.t()}
  def handle_raw(%__MODULE__{} = app, request) do
    with {:ok, {status, headers, body, _json, nil}} <- call(app, request, false) do
      {:ok, {status, headers, body}, app}
    end
  end

  @doc """
  Handles one request, leaving a `StreamingResponse`'s body to be pulled:
  `{:ok, %{status, headers, chunks}, app}` with `chunks` a lazy `Stream` of
  binaries (a non-streaming response has one chunk, its whole body).
  """
  @spec handle_stream(t(), request()) :: {:ok, map(), t()} | {:error, String.t()}
  def handle_stream(%__MODULE__{} = app, request) do
    case call(app, request, true) do
      {:ok, {status, headers, body, _json, nil}} ->
        {:ok, %{status: status, headers: Map.new(headers), chunks: [body]}, app}

      {:ok, {status, headers, _body, _json, stream}} ->
        {:ok, %{status: status, headers: Map.new(headers), chunks: chunks(app, stream)}, app}

      error ->
        error
    end
  end

  @doc "Everything the app printed to stdout so far."
  @spec output(t()) :: String.t()
  def output(%__MODULE__{ref: ref}) do
    {:ok, text} = busy_retry(fn -> Native.lambda_output(ref) end)
    text
  end

  @doc "The app's own heap: `%{objects, bytes, slots}` (see `Pyex.memory/1`)."
  @spec memory(t()) :: %{
          objects: non_neg_integer(),
          bytes: non_neg_integer(),
          slots: non_neg_integer()
        }
  def memory(%__MODULE__{ref: ref}) do
    {:ok, {objects, bytes, slots}} = busy_retry(fn -> Native.lambda_memory(ref) end)
    %{objects: objects, bytes: bytes, slots: slots}
  end

  @doc "The whole app state as a binary (see `restore/1`)."
  @spec snapshot(t()) :: binary()
  def snapshot(%__MODULE__{ref: ref}) do
    {:ok, bytes} = busy_retry(fn -> Native.lambda_snapshot(ref) end)
    bytes
  end

  @doc "An app from `snapshot/1`'s bytes."
  @spec restore(binary()) :: {:ok, t()} | {:error, String.t()}
  def restore(bytes) when is_binary(bytes) do
    case Native.lambda_restore(bytes) do
      {:ok, ref} -> {:ok, %__MODULE__{ref: ref}}
      {:error, native} -> {:error, error_text(native)}
    end
  end

  defp chunks(%__MODULE__{ref: ref} = app, stream) do
    Stream.resource(
      fn -> :open end,
      fn
        :done ->
          {:halt, :done}

        :open ->
          case busy_retry(fn -> Native.lambda_next(ref, stream) end) |> answer(app, true) do
            {:ok, chunk} -> {[chunk], :open}
            :done -> {:halt, :done}
            {:error, native} -> raise Error.from_native(native)
          end
      end,
      fn
        :open -> busy_retry(fn -> Native.lambda_close(ref, stream) end)
        :done -> :ok
      end
    )
  end

  defp call(%__MODULE__{ref: ref} = app, request, stream?) do
    {method, path, headers, body} = Pyex.Lambda.Conn.from_request(request)

    handle =
      if Native.quick_binary?(body),
        do: &Native.lambda_handle_quick/6,
        else: &Native.lambda_handle/6

    case busy_retry(fn -> handle.(ref, method, path, headers, body, stream?) end)
         |> answer(app, false) do
      {:ok, result} -> {:ok, result}
      {:error, native} -> {:error, error_text(native)}
    end
  end

  # Answers the host calls and I/O a request (or a chunk) paused at, until it ends.
  defp answer({:host_calls, ref, calls}, app, chunk?) do
    io = fn id -> Native.lambda_perform_io(ref, id) end
    replies = Pyex.Host.perform_all(calls, app.modules, app.call_timeout, io)
    ref |> Native.lambda_resume(replies, chunk?) |> answer(app, chunk?)
  end

  defp answer(result, _app, _chunk?), do: result

  defp response(status, headers, body, json) do
    body =
      case json do
        {:json, term} -> term
        nil -> body
      end

    %{status: status, headers: Map.new(headers), body: body}
  end

  defp error_text(native), do: native |> Error.from_native() |> Error.to_string()

  defp busy_retry(call, tries \\ 10_000) do
    case call.() do
      {:error, :busy} when tries > 0 ->
        Process.sleep(1)
        busy_retry(call, tries - 1)

      result ->
        result
    end
  end
end
