defmodule Pyex.LambdaTest do
  # Pyex.Lambda: the seed README's TODO app and streaming example verbatim, state
  # threading through requests, lazy chunks, errors, snapshots, and real HTTP via :httpd.
  use ExUnit.Case, async: true

  alias Pyex.{Ctx, Lambda}
  alias Pyex.Filesystem.Memory

  @todo_app File.read!(Path.join(__DIR__, "../../examples/todo_app.py"))

  test "seed README: the TODO app, served from Elixir" do
    source = @todo_app
    ctx = Ctx.new(filesystem: Memory.new(), fs_module: Memory)
    {:ok, app} = Lambda.boot(source, ctx: ctx)

    {:ok, resp, app} =
      Lambda.handle(app, %{method: "POST", path: "/todos", body: ~s|{"title": "Buy milk"}|})

    assert resp.status == 200
    assert %{"id" => id, "title" => "Buy milk", "done" => false} = resp.body
    assert byte_size(id) == 36

    {:ok, resp, app} = Lambda.handle(app, %{method: "GET", path: "/todos"})
    assert resp.body == [%{"id" => id, "title" => "Buy milk", "done" => false}]

    {:ok, resp, app} =
      Lambda.handle(app, %{method: "PUT", path: "/todos/#{id}", body: %{"done" => true}})

    assert resp.body["done"] == true
    {:ok, resp, app} = Lambda.handle(app, %{method: "GET", path: "/todos/#{id}"})
    assert resp.body == %{"id" => id, "title" => "Buy milk", "done" => true}
    {:ok, resp, app} = Lambda.handle(app, %{method: "GET", path: "/todos/nope"})
    assert resp.body == nil
    {:ok, resp, app} = Lambda.handle(app, %{method: "DELETE", path: "/todos/#{id}"})
    assert resp.body == %{"deleted" => true}
    {:ok, resp, _app} = Lambda.handle(app, %{method: "GET", path: "/todos"})
    assert resp.body == []
  end

  @events """
  import fastapi
  from fastapi import StreamingResponse

  app = fastapi.FastAPI()
  steps = []

  @app.get("/events")
  def events():
      def generate():
          for i in range(100):
              steps.append(i)
              yield f"data: {i}\\n\\n"
      return StreamingResponse(generate())

  @app.get("/steps")
  def get_steps():
      return len(steps)
  """

  test "seed README: streaming chunks are lazy" do
    {:ok, app} = Lambda.boot(@events)
    {:ok, resp, _app} = Lambda.handle_stream(app, %{method: "GET", path: "/events"})
    assert resp.status == 200
    assert Enum.take(resp.chunks, 3) == ["data: 0\n\n", "data: 1\n\n", "data: 2\n\n"]
    # only three generator steps ran
    {:ok, steps, _} = Lambda.handle(app, %{method: "GET", path: "/steps"})
    assert steps.body == 3
  end

  test "a whole stream, and handle/2 collects it" do
    {:ok, app} = Lambda.boot(@events)
    {:ok, resp, app} = Lambda.handle_stream(app, %{method: "GET", path: "/events"})
    assert length(Enum.to_list(resp.chunks)) == 100
    {:ok, resp, _app} = Lambda.handle(app, %{method: "GET", path: "/events"})
    assert String.starts_with?(resp.body, "data: 0\n\ndata: 1\n\n")
  end

  test "validation errors, 404, query strings, snapshots" do
    source = """
    from fastapi import FastAPI
    from pydantic import BaseModel

    app = FastAPI()
    items = []

    class Item(BaseModel):
        name: str
        price: float

    @app.post("/items")
    def add(item: Item):
        items.append(item)
        return item

    @app.get("/items")
    def count(limit: int = 10):
        return {"count": len(items), "limit": limit}
    """

    {:ok, app} = Lambda.boot(source)

    {:ok, resp, app} =
      Lambda.handle(app, %{method: "POST", path: "/items", body: %{name: "a", price: "x"}})

    assert resp.status == 422
    assert [%{"type" => "float_parsing", "loc" => ["body", "price"]}] = resp.body["detail"]

    {:ok, resp, app} =
      Lambda.handle(app, %{method: "POST", path: "/items", body: %{name: "a", price: 2}})

    assert resp.body == %{"name" => "a", "price" => 2.0}
    {:ok, resp, app} = Lambda.handle(app, %{method: "GET", path: "/items", query: %{limit: 3}})
    assert resp.body == %{"count" => 1, "limit" => 3}
    assert resp.headers["content-type"] == "application/json"
    {:ok, resp, app} = Lambda.handle(app, %{path: "/nothing"})
    assert {resp.status, resp.body} == {404, %{"detail" => "Not Found"}}

    {:ok, copy} = app |> Lambda.snapshot() |> Lambda.restore()
    {:ok, resp, _} = Lambda.handle(copy, %{method: "GET", path: "/items"})
    assert resp.body["count"] == 1
  end

  # Values recorded with python3.
  @long_running """
  from fastapi import FastAPI, Request
  from fastapi.responses import StreamingResponse

  TABLE = [sum(i * j for j in range(300)) for i in range(300)]
  app = FastAPI()

  @app.get("/table")
  def table():
      return sum(TABLE)

  @app.get("/sum/{n}")
  def total(n: int):
      return sum(i * i for i in range(n))

  @app.get("/sums")
  def sums():
      def chunks():
          for k in range(1, 4):
              yield str(sum(range(k * 100000))) + "\\n"
      return StreamingResponse(chunks())

  @app.post("/size")
  async def size(request: Request):
      return len((await request.json())["text"])
  """

  test "boots, requests and chunks that outrun the quick NIFs' time slice finish on a dirty scheduler" do
    {:ok, app} = Lambda.boot(@long_running)
    {:ok, resp, app} = Lambda.handle(app, %{method: "GET", path: "/table"})
    assert resp.body == 2_011_522_500
    {:ok, resp, app} = Lambda.handle(app, %{method: "GET", path: "/sum/200000"})
    assert resp.body == 2_666_646_666_700_000
    {:ok, resp, app} = Lambda.handle_stream(app, %{method: "GET", path: "/sums"})
    assert Enum.to_list(resp.chunks) == ["4999950000\n", "19999900000\n", "44999850000\n"]
    # A body over the quick NIF's 64 KB goes to a dirty scheduler from the start.
    text = String.duplicate("x", 100_000)

    {:ok, resp, _app} =
      Lambda.handle(app, %{method: "POST", path: "/size", body: %{"text" => text}})

    assert resp.body == 100_000
  end

  test "boot errors are {:error, text}" do
    assert {:error, "ZeroDivisionError: division by zero"} = Lambda.boot("1 / 0")
    assert {:error, "RuntimeError: the program created no FastAPI app"} = Lambda.boot("x = 1")
  end

  test "served over real HTTP with :httpd, requested with :httpc" do
    {:ok, app} = Lambda.boot(@todo_app, ctx: Ctx.new(filesystem: Memory.new()))
    {:ok, server} = Lambda.Httpd.start(app, port: 0)
    port = Lambda.Httpd.port(server)
    url = ~c"http://127.0.0.1:#{port}/todos"

    {:ok, {{_, 200, _}, headers, body}} =
      :httpc.request(:post, {url, [], ~c"application/json", ~s|{"title": "Via HTTP"}|}, [], [])

    assert {~c"content-type", ~c"application/json"} in headers
    assert to_string(body) =~ ~s|"title":"Via HTTP"|

    {:ok, {{_, 200, _}, _, body}} = :httpc.request(:get, {url, []}, [], [])
    assert to_string(body) =~ ~s|"done":false|

    {:ok, {{_, 404, _}, _, body}} =
      :httpc.request(:get, {~c"http://127.0.0.1:#{port}/nope?x=1", []}, [], [])

    assert to_string(body) == ~s|{"detail":"Not Found"}|
    :ok = Lambda.Httpd.stop(server)
  end

  test "Conn translates request maps" do
    assert Lambda.Conn.from_request(%{
             path: "/a",
             query: %{"q" => "x y"},
             body: %{"k" => [1, nil]}
           }) ==
             {"GET", "/a?q=x+y", [{"content-type", "application/json"}], ~s|{"k":[1,null]}|}

    assert Lambda.Conn.to_request("POST", "/p", "a=1", [{"x", "y"}], "b") ==
             %{method: "POST", path: "/p", query: "a=1", headers: [{"x", "y"}], body: "b"}
  end
end
