defmodule Pyex.S3FilesystemTest do
  # The seed README's TODO Lambda app (examples/todo_app.py: `todos.json` through
  # `open()`) with `Pyex.Filesystem.S3` as its filesystem, against an s3s-fs server of
  # this module's own (scripts/services/s3.sh, stopped at the end). The object is read
  # back by another program through boto3 and on the server's disk, and a second boot
  # on the same bucket and prefix sees the todos. Without an installed s3s-fs the tests
  # are skipped, unless PYEX_REQUIRE_SERVICES is set (then s3.sh installs it).
  use ExUnit.Case, async: false

  alias Pyex.{Ctx, Lambda}
  alias Pyex.Test.Services

  @todo_app File.read!(Path.expand("../../examples/todo_app.py", __DIR__))

  unless Services.s3_installed?() or Services.required?() do
    @moduletag skip: "s3s-fs is not installed (scripts/services/s3.sh install)"
  end

  setup_all do
    server = Services.start_s3()
    on_exit(fn -> Services.stop_s3(server) end)

    create =
      "import boto3\nboto3.client('s3').create_bucket(Bucket='todo-app')['ResponseMetadata']['HTTPStatusCode']"

    assert Pyex.run!(create, capabilities: [:boto3], env: server.env) == 200
    server
  end

  defp boot(env, prefix) do
    fs = Pyex.Filesystem.S3.new("todo-app", prefix: prefix)
    {:ok, app} = Lambda.boot(@todo_app, ctx: Ctx.new(filesystem: fs, env: env))
    app
  end

  defp request(app, method, path, body \\ "") do
    {:ok, resp, app} = Lambda.handle(app, %{method: method, path: path, body: body})
    assert resp.status == 200
    {resp.body, app}
  end

  # What another program reads from the bucket with boto3 (capability boto3, no filesystem).
  defp stored(env, key) do
    source = """
    import boto3, json
    s3 = boto3.client('s3')
    keys = [o['Key'] for o in s3.list_objects_v2(Bucket='todo-app', Prefix='#{Path.dirname(key)}/')['Contents']]
    body = s3.get_object(Bucket='todo-app', Key='#{key}')['Body'].read()
    [keys, json.loads(body)]
    """

    Pyex.run!(source, capabilities: [:boto3], env: env)
  end

  test "the TODO app keeps its todos in S3: CRUD, the object in the bucket, a second boot",
       %{env: env, state: state} do
    app = boot(env, "tenants/42/")
    {[], app} = request(app, "GET", "/todos")

    {%{"title" => "Buy milk", "done" => false, "id" => milk}, app} =
      request(app, "POST", "/todos", ~s|{"title": "Buy milk"}|)

    {%{"id" => bread}, app} = request(app, "POST", "/todos", ~s|{"title": "Bake bread"}|)

    {%{"id" => ^milk, "done" => true}, app} =
      request(app, "PUT", "/todos/#{milk}", ~s|{"done": true}|)

    {%{"title" => "Bake bread"}, app} = request(app, "GET", "/todos/#{bread}")
    {[_, _], _app} = request(app, "GET", "/todos")

    todos = [
      %{"id" => milk, "title" => "Buy milk", "done" => true},
      %{"id" => bread, "title" => "Bake bread", "done" => false}
    ]

    # In the bucket, under the prefix, for any other S3 client; and on the server's disk.
    assert stored(env, "tenants/42/todos.json") == [["tenants/42/todos.json"], todos]
    on_disk = Path.join([state, "data", "todo-app", "tenants", "42", "todos.json"])
    assert on_disk |> File.read!() |> String.contains?(bread)

    # A second boot on the same bucket and prefix (a new context, nothing shared in
    # memory) sees the todos; it deletes one, and the first app's object changes.
    second = boot(env, "tenants/42/")
    {^todos, second} = request(second, "GET", "/todos")
    {%{"deleted" => true}, second} = request(second, "DELETE", "/todos/#{milk}")
    {[%{"id" => ^bread}], _second} = request(second, "GET", "/todos")
    assert [_, [%{"id" => ^bread}]] = stored(env, "tenants/42/todos.json")

    # Another prefix is another tenant: it starts empty.
    other = boot(env, "tenants/7/")
    {[], _other} = request(other, "GET", "/todos")
  end

  test "a snapshot of the app keeps the configuration; the todos stay in the bucket",
       %{env: env} do
    app = boot(env, "tenants/snap/")
    {%{"id" => id}, app} = request(app, "POST", "/todos", ~s|{"title": "Snapshot me"}|)
    {:ok, restored} = app |> Lambda.snapshot() |> Lambda.restore()
    {[%{"id" => ^id, "title" => "Snapshot me"}], _} = request(restored, "GET", "/todos")
  end
end
