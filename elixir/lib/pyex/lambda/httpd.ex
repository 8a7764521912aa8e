defmodule Pyex.Lambda.Httpd do
  @moduledoc """
  Serve a booted `Pyex.Lambda` app over real HTTP with OTP's built-in `:httpd`
  (inets), no dependencies:

      {:ok, app} = Pyex.Lambda.boot(source)
      {:ok, server} = Pyex.Lambda.Httpd.start(app, port: 0)
      port = Pyex.Lambda.Httpd.port(server)
      # curl http://127.0.0.1:<port>/todos
      :ok = Pyex.Lambda.Httpd.stop(server)

  The app is kept in a persistent term keyed by the server's name, so `:httpd`'s
  request processes can reach it; requests to one app are serialised by the
  app handle's lock.
  """

  alias Pyex.Lambda.Conn

  @doc "Starts a server on 127.0.0.1 (`port: 0` picks a free port)."
  @spec start(Pyex.Lambda.t(), keyword()) :: {:ok, pid()} | {:error, term()}
  def start(app, opts \\ []) do
    :inets.start()
    port = Keyword.get(opts, :port, 0)
    name = ~c"pyex-#{:erlang.unique_integer([:positive])}"
    :persistent_term.put({__MODULE__, name}, app)

    :inets.start(:httpd,
      port: port,
      server_name: name,
      server_root: ~c"/tmp",
      document_root: ~c"/tmp",
      bind_address: {127, 0, 0, 1},
      modules: [__MODULE__]
    )
  end

  @doc "The port the server listens on."
  @spec port(pid()) :: :inet.port_number()
  def port(pid) do
    pid |> :httpd.info() |> Keyword.fetch!(:port)
  end

  @doc "Stops the server."
  @spec stop(pid()) :: :ok
  def stop(pid) do
    info = :httpd.info(pid)
    :inets.stop(:httpd, pid)
    :persistent_term.erase({__MODULE__, Keyword.fetch!(info, :server_name)})
    :ok
  end

  # :httpd module callback: one request. `mod` is the record
  # {:mod, init_data, data, socket_type, socket, config_db, method, absolute_uri,
  #  request_uri, http_version, request_line, parsed_header, entity_body, connection}.
  @doc false
  def unquote(:do)(mod) do
    name = :httpd_util.lookup(elem(mod, 5), :server_name)
    app = :persistent_term.get({__MODULE__, name})
    method = mod |> elem(6) |> to_string()
    uri = mod |> elem(8) |> to_string()
    headers = mod |> elem(11) |> Enum.map(fn {k, v} -> {to_string(k), to_string(v)} end)
    body = mod |> elem(12) |> IO.iodata_to_binary()
    [path | rest] = String.split(uri, "?", parts: 2)
    request = Conn.to_request(method, path, Enum.join(rest), headers, body)

    case Pyex.Lambda.handle_raw(app, request) do
      {:ok, reply, _app} ->
        {status, headers, body} = Conn.to_reply(reply)
        head = [code: status, content_length: ~c"#{byte_size(body)}"] ++ httpd_headers(headers)
        {:proceed, [response: {:response, head, [body]}]}

      {:error, message} ->
        body = "Internal Server Error: " <> message

        {:proceed,
         [response: {:response, [code: 500, content_length: ~c"#{byte_size(body)}"], [body]}]}
    end
  end

  defp httpd_headers(headers) do
    Enum.map(headers, fn {k, v} -> {String.to_charlist(k), String.to_charlist(v)} end)
  end
end
