if Code.ensure_loaded?(Plug.Conn) do
  defmodule Pyex.Lambda.Plug do
    @moduledoc """
    A Plug that answers requests with a booted `Pyex.Lambda` app (compiled only
    when Plug is a dependency). In a Phoenix router:

        forward "/py", Pyex.Lambda.Plug, app: {MyApp.PyApps, :todo_app, []}

    `:app` is a `%Pyex.Lambda{}` given at runtime, a 0-arity function or an
    `{module, function, args}` returning one (router options are compiled, and
    an app handle cannot be). The conn translation is `Pyex.Lambda.Conn`.
    """
    @behaviour Plug

    alias Pyex.Lambda.Conn

    @impl true
    def init(opts), do: Keyword.fetch!(opts, :app) && opts

    @impl true
    def call(conn, opts) do
      {:ok, body, conn} = Plug.Conn.read_body(conn)

      request =
        Conn.to_request(conn.method, conn.request_path, conn.query_string, conn.req_headers, body)

      case Pyex.Lambda.handle_raw(app(opts[:app]), request) do
        {:ok, reply, _app} ->
          {status, headers, body} = Conn.to_reply(reply)

          conn
          |> Plug.Conn.merge_resp_headers(headers)
          |> Plug.Conn.send_resp(status, body)

        {:error, message} ->
          Plug.Conn.send_resp(conn, 500, "Internal Server Error: " <> message)
      end
    end

    defp app(%Pyex.Lambda{} = app), do: app
    defp app(fun) when is_function(fun, 0), do: fun.()
    defp app({m, f, a}), do: apply(m, f, a)
  end
end
