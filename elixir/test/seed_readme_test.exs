defmodule Pyex.SeedReadmeTest do
  # The Elixir examples of the seed README, verbatim where they need nothing of later
  # issues (Lambda/fastapi, S3, sql, requests and per-line profiles come later).
  use ExUnit.Case, async: true

  alias Pyex.Ctx
  alias Pyex.Filesystem.Memory

  defp persist(record), do: send(self(), {:persisted, record}) && :ok

  test "quick start" do
    assert Pyex.run!("2 + 3") == 5

    {:ok, result, _ctx} = Pyex.run("sorted([3, 1, 2])")
    assert result == [1, 2, 3]
  end

  test "custom modules" do
    source = """
    import auth
    import db
    user = auth.get_user()
    db.save({"owner": user, "total": 3})
    user
    """

    result =
      Pyex.run!(source,
        modules: %{
          "auth" => %{"get_user" => {:builtin, fn [] -> "alice" end}},
          "db" => %{"save" => {:builtin, fn [record] -> persist(record) end}}
        }
      )

    assert result == "alice"
    assert_received {:persisted, %{"owner" => "alice", "total" => 3}}
  end

  test "filesystem isolation context" do
    ctx = Ctx.new(filesystem: Memory.new(), fs_module: Memory)
    {:ok, _, ctx} = Pyex.run("open('todos.json', 'w').write('[]')", ctx)
    assert Memory.read(Ctx.filesystem(ctx), "todos.json") == "[]"
  end

  test "suspend and resume" do
    source = "import pyex\nanswer = pyex.suspend()\nprint('resumed')\n'finished'"

    {:suspended, ctx} = Pyex.run(source, Pyex.Ctx.new())
    snapshot = Pyex.snapshot(ctx)
    # ... store snapshot, restart server, whatever ...
    {:ok, result, _ctx} = Pyex.resume(source, ctx)

    assert result == "finished"
    assert is_binary(snapshot)
  end

  test "compute budgets" do
    source = "while True:\n    pass\n"

    assert Pyex.run(source, timeout: 5_000) ==
             {:error, "TimeoutError: execution exceeded time limit"}
  end

  test "profiling" do
    source = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(10)"
    {:ok, _val, ctx} = Pyex.run(source, profile: true)

    assert %{line_counts: %{2 => 177}, call_counts: %{"fib" => 177}, call_us: %{"fib" => us}} =
             Pyex.profile(ctx)

    assert is_integer(us)
  end

  test "compile once, run many" do
    source = "sum(range(101))"
    ctx1 = Ctx.new()
    ctx2 = Ctx.new(timeout: 1_000)

    {:ok, ast} = Pyex.compile(source)
    {:ok, result1, _ctx} = Pyex.run(ast, ctx1)
    {:ok, result2, _ctx} = Pyex.run(ast, ctx2)

    assert result1 == 5050 and result2 == 5050
  end
end
