defmodule Pyex.LimitsTest do
  use ExUnit.Case, async: true

  test "timeout stops an endless loop" do
    {us, result} = :timer.tc(fn -> Pyex.run("while True: pass", timeout: 100) end)
    assert result == {:error, "TimeoutError: execution exceeded time limit"}
    assert us < 2_000_000
  end

  test "timeout cannot be caught by the program" do
    source = "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n"
    assert {:error, "TimeoutError: execution exceeded time limit"} = Pyex.run(source, timeout: 50)
  end

  test "timeout also stops deep work inside builtins and recursion" do
    source = "def f(n):\n    return f(n - 1) + 1 if n else 0\nwhile True:\n    f(500)\n"

    assert Pyex.run(source, timeout: 50) ==
             {:error, "TimeoutError: execution exceeded time limit"}
  end

  test "each run in a reused context gets the whole time limit" do
    {:ok, _, ctx} = Pyex.run("def spin(n):\n    while n: n -= 1\nspin(30000)", timeout: 300)

    for _ <- 1..20 do
      assert {:ok, nil, _} = Pyex.run("spin(300000)", ctx)
    end
  end

  test "memory limit" do
    source = "xs = []\nwhile True:\n    xs.append('x' * 10000)\n"

    assert Pyex.run(source, memory: 5_000_000, timeout: 10_000) ==
             {:error, "MemoryError: memory limit exceeded"}
  end

  test "100 concurrent runs from 100 processes" do
    source = """
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    import m
    [fib(15), m.ident(N)]
    """

    tasks =
      for i <- 1..100 do
        Task.async(fn ->
          me = self()
          modules = %{"m" => %{"ident" => {:builtin, fn [x] -> {self() == me, x} end}}}
          source = String.replace(source, "N", Integer.to_string(i))
          {Pyex.run!(source, modules: modules), self()}
        end)
      end

    results = Task.await_many(tasks, 60_000)

    for {{[610, {same_process, i}], _pid}, expected} <- Enum.zip(results, 1..100) do
      assert i == expected
      assert same_process
    end
  end

  test "one compiled program runs in 100 processes at once" do
    {:ok, program} = Pyex.compile("import os\nsum(range(int(os.environ['N'])))")

    results =
      1..100
      |> Enum.map(fn i -> Task.async(fn -> Pyex.run!(program, env: %{"N" => i}) end) end)
      |> Task.await_many(60_000)

    assert results == Enum.map(1..100, fn i -> div(i * (i - 1), 2) end)
  end

  test "concurrent runs from one shared context all see its state" do
    {:ok, _, ctx} = Pyex.run("base = 100")

    results =
      1..50
      |> Enum.map(fn i -> Task.async(fn -> Pyex.run!("base + #{i}", ctx) end) end)
      |> Task.await_many(30_000)

    assert results == Enum.map(1..50, &(&1 + 100))
  end

  test "a long run does not block the normal schedulers" do
    task = Task.async(fn -> Pyex.run("while True: pass", timeout: 3_000) end)
    # While Python spins on a dirty scheduler, this process keeps being scheduled:
    # ten 5 ms sleeps end while the 3 s run is still going.
    for _ <- 1..10, do: Process.sleep(5)
    assert Task.yield(task, 0) == nil
    assert {:error, "TimeoutError" <> _} = Task.await(task, 30_000)
  end
end
