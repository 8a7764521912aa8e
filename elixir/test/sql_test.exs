defmodule Pyex.SqlTest do
  # A Pyex.Lambda app whose program creates its table while it boots (a module-level
  # `sql.query`) and whose handlers query PostgreSQL through the `sql` module: every
  # query pauses the run and is performed by the NIF on a dirty I/O scheduler. The server
  # is the one `make test` starts (scripts/services/postgres.sh exports DATABASE_URL);
  # without it these tests are skipped, unless PYEX_REQUIRE_SERVICES is set (then that
  # fails).
  use ExUnit.Case, async: false

  alias Pyex.Lambda
  alias Pyex.Test.Services

  @url Services.database_url()

  if @url == nil and Services.required?() do
    raise "DATABASE_URL is not set: run under scripts/services/postgres.sh (PYEX_REQUIRE_SERVICES is set)"
  end

  if @url == nil do
    @moduletag skip: "no DATABASE_URL (scripts/services/postgres.sh run -- mix test)"
  end

  @app """
  import fastapi
  import sql

  app = fastapi.FastAPI()
  sql.query(\"\"\"
      DROP TABLE IF EXISTS exunit_lambda_notes;
      CREATE TABLE exunit_lambda_notes (id serial PRIMARY KEY, body text NOT NULL,
                                        tags text[] NOT NULL DEFAULT '{}', price numeric(8, 2))
  \"\"\")
  BOOTED_WITH = sql.query("SELECT count(*) AS n FROM exunit_lambda_notes")[0]["n"]

  @app.post("/notes")
  def add_note(request):
      body = request.json()
      rows = sql.query(
          "INSERT INTO exunit_lambda_notes (body, tags, price) VALUES ($1, $2, $3) RETURNING id, body, tags",
          [body["body"], body.get("tags", []), body.get("price")])
      return rows[0]

  @app.get("/notes")
  def list_notes():
      rows = sql.query("SELECT id, body, tags, price FROM exunit_lambda_notes ORDER BY id")
      return [{**r, "price": None if r["price"] is None else str(r["price"])} for r in rows]

  @app.get("/notes/{note_id}")
  def get_note(note_id: int):
      rows = sql.query("SELECT body FROM exunit_lambda_notes WHERE id = $1", [note_id])
      return {"body": rows[0]["body"] if rows else None, "booted_with": BOOTED_WITH}

  @app.post("/notes/transfer")
  def failing_transaction():
      try:
          with sql.transaction():
              sql.query("UPDATE exunit_lambda_notes SET body = 'changed'")
              sql.query("SELECT * FROM missing_table")
      except sql.Error as e:
          return {"sqlstate": e.sqlstate, "message": str(e),
                  "bodies": [r["body"] for r in sql.query("SELECT body FROM exunit_lambda_notes ORDER BY id")]}
  """

  test "a Lambda app creates its table at boot and its handlers query PostgreSQL" do
    {:ok, app} = Lambda.boot(@app, capabilities: [:sql], env: %{"DATABASE_URL" => @url})

    {:ok, resp, app} =
      Lambda.handle(app, %{
        method: "POST",
        path: "/notes",
        body: ~s|{"body": "hello", "tags": ["a", "b"]}|
      })

    assert resp.status == 200
    assert resp.body == %{"id" => 1, "body" => "hello", "tags" => ["a", "b"]}

    {:ok, _resp, app} =
      Lambda.handle(app, %{
        method: "POST",
        path: "/notes",
        body: ~s|{"body": "priced", "price": 2.5}|
      })

    {:ok, resp, app} = Lambda.handle(app, %{method: "GET", path: "/notes"})

    assert resp.body == [
             %{"id" => 1, "body" => "hello", "tags" => ["a", "b"], "price" => nil},
             %{"id" => 2, "body" => "priced", "tags" => [], "price" => "2.50"}
           ]

    {:ok, resp, app} = Lambda.handle(app, %{method: "GET", path: "/notes/2"})
    assert resp.body == %{"body" => "priced", "booted_with" => 0}

    # The transaction rolls back: no body changed.
    {:ok, resp, _app} = Lambda.handle(app, %{method: "POST", path: "/notes/transfer"})

    assert resp.body == %{
             "sqlstate" => "42P01",
             "message" => ~s|relation "missing_table" does not exist|,
             "bodies" => ["hello", "priced"]
           }
  end

  test "a boot whose query fails is {:error, ...}; without the capability nothing is sent" do
    bad =
      "import fastapi, sql\napp = fastapi.FastAPI()\nsql.query('SELECT * FROM missing_table')\n"

    assert {:error, ~s|DatabaseError: relation "missing_table" does not exist|} =
             Lambda.boot(bad, capabilities: [:sql], env: %{"DATABASE_URL" => @url})

    assert {:error, ~s|PermissionError: capability "sql" is not granted|} =
             Lambda.boot(bad, env: %{"DATABASE_URL" => @url})

    source =
      "import sql\ntry:\n    sql.query('SELECT 1')\nexcept PermissionError as e:\n    r = str(e)\nr"

    assert {:ok, ~s|capability "sql" is not granted|, _ctx} =
             Pyex.run(source, env: %{"DATABASE_URL" => @url})
  end
end
