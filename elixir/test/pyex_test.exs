defmodule PyexTest do
  use ExUnit.Case, async: true

  doctest Pyex
  doctest Pyex.Ctx
  doctest Pyex.Error
  doctest Pyex.Program
  doctest Pyex.Filesystem.Memory

  test "run returns the last expression's value, output is stdout exactly" do
    {:ok, value, ctx} = Pyex.run("for i in range(3):\n    print(i)\n'done'")
    assert value == "done"
    assert Pyex.output(ctx) == "0\n1\n2\n"
  end

  test "a program without a final expression gives nil" do
    assert {:ok, nil, _ctx} = Pyex.run("x = 1\ndef f():\n    return x\n")
  end

  test "a compiled program runs in many contexts" do
    {:ok, program} = Pyex.compile("total = sum(range(5))\ntotal")

    for _ <- 1..5 do
      assert Pyex.run!(program, Pyex.Ctx.new()) == 10
    end

    {:ok, program} = Pyex.compile("import os\nint(os.environ['N']) * 2")
    assert Pyex.run!(program, env: %{"N" => 21}) == 42
    assert Pyex.run!(program, env: %{N: "5"}) == 10
  end

  # The total is python3's.
  @collatz """
  import db

  total = 0
  for i in range(db.first(), 20000):
      n = i
      while n != 1:
          n = n // 2 if n % 2 == 0 else 3 * n + 1
          total += 1
  db.save(total)
  total
  """

  test "runs longer than the quick calls' time slice go on to host calls and their end" do
    me = self()

    modules = %{
      "db" => %{
        # A scalar reply: the run goes on on this scheduler, then past its slice on a dirty one.
        "first" => {:builtin, fn [] -> 1 end},
        "save" => {:builtin, fn [n] -> send(me, {:saved, n}) end}
      }
    }

    {:ok, value, ctx} = Pyex.run(@collatz, modules: modules)
    assert value == 1_834_604
    assert_received {:saved, 1_834_604}
    assert Pyex.compute_us(ctx) > 500
  end

  test "a context continues from a returned one without changing it" do
    {:ok, 1, ctx1} = Pyex.run("x = 1\nx")
    {:ok, 11, ctx2} = Pyex.run("x += 10\nx", ctx1)
    {:ok, 2, _} = Pyex.run("x += 1\nx", ctx1)
    {:ok, 12, _} = Pyex.run("x += 1\nx", ctx2)
  end

  test "stdin feeds input()" do
    {:ok, "Ada!", ctx} = Pyex.run("name = input('who? ')\nname + '!'", stdin: "Ada\n")
    assert Pyex.output(ctx) == "who? "
  end

  test "the in-memory filesystem comes back with the program's writes" do
    fs = Pyex.Filesystem.Memory.new(%{"in.txt" => "a\nb\n"})

    source = """
    with open("in.txt") as f:
        lines = f.read().splitlines()
    with open("out.txt", "w") as f:
        f.write("|".join(reversed(lines)))
    len(lines)
    """

    {:ok, 2, ctx} = Pyex.run(source, filesystem: fs, fs_module: Pyex.Filesystem.Memory)
    files = Pyex.Ctx.filesystem(ctx)
    assert Pyex.Filesystem.Memory.read(files, "out.txt") == "b|a"
    assert Pyex.Filesystem.Memory.read(files, "in.txt") == "a\nb\n"
  end

  test "a denied filesystem raises PermissionError in Python" do
    assert {:error, "PermissionError: " <> _} = Pyex.run("open('x.txt')", filesystem: :denied)
  end

  test "profile reports line counts; compute_us the compute time" do
    {:ok, _, ctx} = Pyex.run("sum(range(10000))", profile: true)
    assert %{line_counts: %{1 => 1}, call_counts: %{}, call_us: %{}} = Pyex.profile(ctx)
    us = Pyex.compute_us(ctx)
    assert is_integer(us) and us >= 0
    {:ok, _, ctx} = Pyex.run("1")
    assert Pyex.profile(ctx) == nil
  end

  test "unknown options are rejected" do
    assert_raise ArgumentError, fn -> Pyex.run("1", bogus: 1) end
    assert_raise ArgumentError, fn -> Pyex.run("1", modules: %{"m" => %{"f" => 42}}) end
  end
end
