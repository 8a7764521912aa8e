defmodule Pyex.Lambda.Conn do
  @moduledoc """
  Translation between HTTP servers and `Pyex.Lambda`: the request map a server
  adapter builds, and the `{status, headers, body}` it sends back.

  This is the logic a Plug adapter needs (`conn.method`, `conn.request_path`,
  `conn.query_string`, `conn.req_headers`, the read body), kept free of Plug so
  the `:httpd` adapter (`Pyex.Lambda.Httpd`) and its tests exercise it.
  """

  @doc """
  The native call's arguments for a request map: `{method, path_with_query,
  [{name, value}], body}`. A map or list body is encoded as JSON (with a
  `content-type: application/json` header unless one is given).
  """
  @spec from_request(map()) :: {String.t(), String.t(), [{String.t(), String.t()}], binary()}
  def from_request(request) do
    method = request |> Map.get(:method, "GET") |> to_string() |> String.upcase()
    path = Map.get(request, :path, "/")

    headers =
      request
      |> Map.get(:headers, [])
      |> Enum.map(fn {k, v} -> {String.downcase(to_string(k)), to_string(v)} end)

    path =
      case Map.get(request, :query) do
        nil -> path
        "" -> path
        query when is_binary(query) -> path <> "?" <> query
        query when is_map(query) or is_list(query) -> path <> "?" <> URI.encode_query(query)
      end

    {body, headers} =
      case Map.get(request, :body) do
        nil ->
          {"", headers}

        body when is_binary(body) ->
          {body, headers}

        term ->
          headers =
            if List.keymember?(headers, "content-type", 0),
              do: headers,
              else: headers ++ [{"content-type", "application/json"}]

          {Pyex.Lambda.Json.encode(term), headers}
      end

    {method, path, headers, body}
  end

  @doc """
  A request map from the parts a server sees (`method`, `path`, `query string`,
  header pairs, body): what a Plug adapter builds from a `%Plug.Conn{}`.
  """
  @spec to_request(String.t(), String.t(), String.t(), [{String.t(), String.t()}], binary()) ::
          map()
  def to_request(method, path, query, headers, body) do
    %{method: method, path: path, query: query, headers: headers, body: body}
  end

  @doc """
  The status, header pairs and body binary to send for a response of
  `Pyex.Lambda.handle/2` called with `raw: true`-style data
  (`{status, headers, body}` as the native layer returns it).
  """
  @spec to_reply({integer(), [{String.t(), String.t()}], binary()}) ::
          {integer(), [{String.t(), String.t()}], binary()}
  def to_reply({status, headers, body}) do
    headers = Enum.reject(headers, fn {k, _} -> k == "content-length" end)
    {status, headers, body}
  end
end
