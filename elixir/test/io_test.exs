defmodule Pyex.IoTest do
  # Grants and I/O pauses: `network:`, `capabilities:` and `env:` decide what a
  # program may reach; a granted request pauses the run, is performed by a NIF on
  # a dirty I/O scheduler and the run resumes (the stub drivers answer
  # NotImplementedError until the real ones land); a refused one raises
  # PermissionError in Python and nothing is performed.
  use ExUnit.Case, async: true

  @api [
    %{
      allowed_url_prefix: "http://127.0.0.1:9/api/",
      methods: ["GET", "post"],
      headers: %{"authorization" => "Bearer s3cr3t"}
    }
  ]

  @probe """
  import _pyex_io
  def probe(kind, req):
      try:
          getattr(_pyex_io, kind)(req)
          return 'performed'
      except PermissionError as e:
          return 'denied: ' + str(e)
      except Exception:  # the driver answered (a stub or a real error)
          return 'performed'
  """

  defp probe(call, opts), do: Pyex.run!(@probe <> call, opts)

  test "granted requests are performed, others refused" do
    opts = [network: @api, capabilities: [:sql]]
    assert probe("probe('http', {'url': 'http://127.0.0.1:9/api/x'})", opts) == "performed"

    assert probe("probe('http', {'method': 'POST', 'url': 'http://127.0.0.1:9/api/x'})", opts) ==
             "performed"

    assert probe("probe('http', {'method': 'DELETE', 'url': 'http://127.0.0.1:9/api/x'})", opts) ==
             "denied: network access denied: DELETE http://127.0.0.1:9/api/x (method not granted for this URL)"

    assert probe("probe('http', {'url': 'http://127.0.0.1:9/api/../admin'})", opts) ==
             "denied: network access denied: GET http://127.0.0.1:9/api/../admin (no granted URL prefix matches)"

    assert probe("probe('sql', {'statement': 'select 1'})", opts) == "performed"
    assert probe("probe('s3', {})", opts) == ~s|denied: capability "boto3" is not granted|
  end

  test "nothing is granted by default" do
    assert probe("probe('sql', {})", []) == ~s|denied: capability "sql" is not granted|
    assert probe("probe('http', {'url': 'http://127.0.0.1:9/api/'})", []) =~ "denied: network"
  end

  test "os.environ is exactly env: (the host's HOME and PATH are never visible)" do
    source = "import os\nsorted(os.environ.items())"
    assert Pyex.run!(source) == []

    assert Pyex.run!(source, env: %{"DATABASE_URL" => "postgres://x"}) == [
             {"DATABASE_URL", "postgres://x"}
           ]

    assert Pyex.run!("import os\n[os.environ.get('HOME'), os.environ.get('PATH')]") == [nil, nil]
  end

  test "injected headers never reach the program" do
    source =
      @probe <>
        "import os\nrepr([probe('http', {'url': 'http://127.0.0.1:9/api/x'}), dict(os.environ), dir(_pyex_io)])"

    {:ok, value, ctx} = Pyex.run(source, network: @api)
    refute value =~ "s3cr3t"
    refute Pyex.output(ctx) =~ "s3cr3t"
  end

  test "I/O and custom module calls mix in one run" do
    modules = %{"rec" => %{"double" => {:builtin, fn [x] -> 2 * x end}}}
    source = "import rec\n[rec.double(21), probe('sql', {'statement': 'select 1'})]"
    assert probe(source, modules: modules, capabilities: ["sql"]) == [42, "performed"]
  end

  test "a run suspended at I/O snapshots, restores and resumes" do
    source = "r = probe('sql', {'statement': 'select 1'})\nr"
    {:suspended, ctx} = Pyex.run(@probe <> source, capabilities: [:sql], on_io: :suspend)
    {:ok, restored} = Pyex.restore(Pyex.snapshot(ctx))
    assert {:ok, "performed", _} = Pyex.resume_io(restored)
    # The suspended context itself is untouched (resume_io works on a copy).
    assert {:ok, "performed", _} = Pyex.resume_io(ctx)
  end

  @app """
  import _pyex_io, tally
  from fastapi import FastAPI
  app = FastAPI()

  @app.get("/probe")
  def probe():
      out = {'tally': tally.bump()}
      # nothing listens on port 9: the driver answers with the refused connection
      out['http'] = _pyex_io.http({'method': 'GET', 'url': 'http://127.0.0.1:9/api/items'})['reason']
      try:
          _pyex_io.http({'method': 'GET', 'url': 'http://127.0.0.1:9/admin'})
      except PermissionError as e:
          out['admin'] = str(e)
      return out
  """

  test "Lambda handlers do I/O and call custom modules" do
    counter = :counters.new(1, [])

    bump = fn [] ->
      :counters.add(counter, 1, 1)
      :counters.get(counter, 1)
    end

    {:ok, app} =
      Pyex.Lambda.boot(@app, network: @api, modules: %{"tally" => %{"bump" => {:builtin, bump}}})

    {:ok, resp, app} = Pyex.Lambda.handle(app, %{method: "GET", path: "/probe"})
    assert resp.status == 200

    assert resp.body == %{
             "tally" => 1,
             "http" => "refused",
             "admin" =>
               "network access denied: GET http://127.0.0.1:9/admin (no granted URL prefix matches)"
           }

    {:ok, streamed, _app} = Pyex.Lambda.handle_stream(app, %{method: "GET", path: "/probe"})
    assert streamed.chunks |> Enum.join() |> String.starts_with?(~s|{"tally":2|)
  end

  @booting_app """
  import fastapi, requests, tally
  app = fastapi.FastAPI()
  # At import time: a custom module call and real HTTP requests (one refused by the grant).
  BOOT_COUNT = tally.bump()
  CONFIG = requests.get(BASE + "/echo/config", params={"env": "test"}).json()
  try:
      requests.get("http://127.0.0.1:9/admin")
  except PermissionError as e:
      REFUSED = str(e)

  @app.get("/config")
  def config():
      return {"boot_count": BOOT_COUNT, "path": CONFIG["path"], "args": CONFIG["args"],
              "refused": REFUSED, "now": requests.get(BASE + "/echo/now").json()["path"]}
  """

  test "an app's program does I/O and calls custom modules while it boots" do
    {server, port} = Pyex.Test.Services.start_http()
    base = "http://127.0.0.1:#{port}"
    counter = :counters.new(1, [])

    bump = fn [] ->
      :counters.add(counter, 1, 1)
      :counters.get(counter, 1)
    end

    source = "BASE = #{inspect(base)}\n" <> @booting_app

    {:ok, app} =
      Pyex.Lambda.boot(source,
        network: [%{allowed_url_prefix: base <> "/echo/"}],
        modules: %{"tally" => %{"bump" => {:builtin, bump}}}
      )

    {:ok, resp, _app} = Pyex.Lambda.handle(app, %{method: "GET", path: "/config"})

    assert resp.body == %{
             "boot_count" => 1,
             "path" => "/echo/config",
             "args" => %{"env" => "test"},
             "refused" =>
               "network access denied: GET http://127.0.0.1:9/admin (no granted URL prefix matches)",
             "now" => "/echo/now"
           }

    # A request the grant refuses at boot, uncaught, fails the boot.
    assert {:error, "PermissionError: network access denied: GET " <> _} =
             Pyex.Lambda.boot("import requests\nrequests.get(#{inspect(base)} + '/echo/x')")

    Pyex.Test.Services.stop_http(server)
  end
end
