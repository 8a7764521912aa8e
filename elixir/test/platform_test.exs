defmodule Pyex.PlatformTest do
  # Limits, profiling, filesystems, snapshots (issue 10).
  use ExUnit.Case, async: true

  alias Pyex.Ctx
  alias Pyex.Filesystem.{Local, Memory}

  defp healthy! do
    assert Pyex.run!("sum(range(10))") == 45
  end

  describe "limits" do
    test "each limit ends the run, names itself, and leaves the host healthy" do
      cases = [
        {"while True: pass", [timeout: 50], "TimeoutError: execution exceeded time limit", :time},
        {"while True: pass", [max_steps: 100_000], "TimeoutError: execution exceeded step limit",
         :steps},
        {"x = []\nwhile True:\n    x.append('y' * 10000)", [memory: 5_000_000, timeout: 10_000],
         "MemoryError: memory limit exceeded", :memory},
        {"def f(n):\n    return f(n + 1)\nf(0)", [],
         "RecursionError: maximum recursion depth exceeded", :recursion},
        {"while True: print('spam')", [max_output_bytes: 10_000],
         "OSError: output limit exceeded", :output},
        {"fs = [open(f'{i}.txt', 'w') for i in range(100)]", [max_open_files: 10],
         "OSError: [Errno 24] Too many open files", :open_files},
        {"f = open('big', 'w')\nwhile True: f.write('x' * 1000)", [max_fs_bytes: 100_000],
         "OSError: [Errno 28] No space left on device", :fs_bytes}
      ]

      for {source, opts, expected, limit} <- cases do
        {:error, message} = Pyex.run(source, opts)
        assert String.starts_with?(message, expected), message
        assert Pyex.Error.limit(message) == limit

        error = assert_raise Pyex.Error, fn -> Pyex.run!(source, opts) end
        assert error.limit == limit
        healthy!()
      end
    end

    test "limits cannot be caught by the program" do
      source = "try:\n    while True: pass\nexcept BaseException:\n    print('caught')"

      assert {:error, "TimeoutError: execution exceeded step limit"} =
               Pyex.run(source, max_steps: 50_000)
    end

    test "huge allocations are MemoryErrors at once, without a memory limit" do
      for source <- ["x = 'a' * 10**10", "x = [0] * 10**10", "x = 10**10**10"] do
        {us, result} = :timer.tc(fn -> Pyex.run(source, timeout: 30_000) end)
        assert {:error, "MemoryError" <> _} = result
        assert us < 15_000_000
        healthy!()
      end
    end

    # Unlike the sizes above, a doubling list really fills memory up to the default cap (~2 GB of
    # copying): seconds on an idle machine, 16 s once on a loaded CI machine. The bound is the
    # run's own timeout, so the error must be the MemoryError, not the TimeoutError.
    test "a list doubled without a memory limit ends in a MemoryError" do
      source = "x = [1]\nwhile True:\n    x = x + x"
      assert {:error, "MemoryError" <> _} = Pyex.run(source, timeout: 120_000)
      healthy!()
    end

    test "an ordinary exception is not a limit" do
      {:error, message} = Pyex.run("1 / 0")
      assert Pyex.Error.limit(message) == nil
    end
  end

  describe "profiling" do
    test "the seed's example shape" do
      source = """
      def fib(n):
          if n < 2:
              return n
          return fib(n - 1) + fib(n - 2)

      class Shape:
          def area(self):
              return 1

      total = sum(Shape().area() for _ in range(100))
      fib(10)
      """

      {:ok, 55, ctx} = Pyex.run(source, profile: true)
      profile = Pyex.profile(ctx)
      assert profile.call_counts["fib"] == 177
      assert profile.call_counts["Shape.area"] == 100
      assert profile.line_counts[2] == 177
      assert profile.line_counts[3] == 89
      assert profile.line_counts[8] == 100
      assert is_integer(profile.call_us["fib"])
    end

    test "off by default" do
      {:ok, _, ctx} = Pyex.run("1")
      assert Pyex.profile(ctx) == nil
    end
  end

  describe "filesystems" do
    test "the seed's Ctx.new(filesystem: Memory.new(), fs_module: Memory)" do
      ctx = Ctx.new(filesystem: Memory.new(), fs_module: Memory)
      {:ok, _, ctx} = Pyex.run("import json\nopen('todos.json', 'w').write(json.dumps([1]))", ctx)
      {:ok, [1], ctx} = Pyex.run("import json\njson.load(open('todos.json'))", ctx)
      assert Memory.read(Ctx.filesystem(ctx), "todos.json") == "[1]"
    end

    test "Memory.new/1 with initial files, used by open, os, pathlib, shutil and glob" do
      fs = Memory.new(%{"data/a.txt" => "alpha", "data/b.csv" => "x,y\n1,2\n"})

      source = """
      import os, pathlib, shutil, glob
      shutil.copy('data/a.txt', 'data/c.txt')
      pathlib.Path('out').mkdir()
      pathlib.Path('out/n.txt').write_text(str(len(os.listdir('data'))))
      sorted(glob.glob('data/*.txt'))
      """

      {:ok, found, ctx} = Pyex.run(source, filesystem: fs)
      assert found == ["data/a.txt", "data/c.txt"]
      files = Ctx.filesystem(ctx)
      assert Memory.read(files, "data/c.txt") == "alpha"
      assert Memory.read(files, "out/n.txt") == "3"
    end

    @tag :tmp_dir
    test "Local confines every path to its root", %{tmp_dir: tmp} do
      root = Path.join(tmp, "root")
      File.mkdir_p!(root)
      File.write!(Path.join(tmp, "secret.txt"), "TOP SECRET")
      File.write!(Path.join(root, "in.txt"), "inside")
      File.ln_s!(tmp, Path.join(root, "up"))
      fs = Local.new(root)

      for path <- ["../secret.txt", "up/secret.txt", "a/../../secret.txt", "x\\0y"] do
        source = "open('#{path}').read()"
        assert {:error, "PermissionError: " <> _} = Pyex.run(source, filesystem: fs)
      end

      assert {:error, "FileNotFoundError: " <> _} =
               Pyex.run("open('/etc/passwd').read()", filesystem: fs)

      {:ok, "inside", ctx} =
        Pyex.run("open('out.txt', 'w').write('from python')\nopen('in.txt').read()",
          filesystem: fs
        )

      assert Local.read(Ctx.filesystem(ctx), "out.txt") == "from python"
      assert File.read!(Path.join(root, "out.txt")) == "from python"
      assert Local.read(fs, "../secret.txt") == nil
    end

    test "Local needs an existing directory" do
      assert_raise ArgumentError, fn -> Local.new("/no/such/dir/anywhere") end
    end
  end

  describe "snapshots" do
    @pauses """
    import pyex

    def numbers(n):
        for i in range(n):
            yield pyex.suspend(("gen", i))

    class Res:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit")

    def deep(n):
        return pyex.suspend(("deep", n)) if n == 0 else deep(n - 1) + 1

    out = []
    for j in range(2):
        out.append(pyex.suspend(("loop", j)))
    with Res():
        try:
            out.append(deep(3))
        finally:
            out.append(pyex.suspend(("finally", 0)))
    out.extend(numbers(2))
    out
    """

    test "pauses in loops, nested calls, with, finally and generators survive snapshot/restore" do
      {:suspended, ctx} = Pyex.run(@pauses)
      result = drive(ctx, 1)
      assert result == {:ok, [1, 2, 6, 4, 5, 6]}
    end

    defp drive(ctx, n) do
      {:ok, ctx} = ctx |> Pyex.snapshot() |> Pyex.restore()

      case Pyex.resume(nil, ctx, n) do
        {:suspended, ctx} -> drive(ctx, n + 1)
        {:ok, value, _} -> {:ok, value}
      end
    end

    test "restoring twice forks" do
      source = "import pyex\nn = pyex.suspend()\n[n, n * 2]"
      {:suspended, ctx} = Pyex.run(source)
      snapshot = Pyex.snapshot(ctx)
      {:ok, a} = Pyex.restore(snapshot)
      {:ok, b} = Pyex.restore(snapshot)
      assert {:ok, [1, 2], _} = Pyex.resume(source, a, 1)
      assert {:ok, [5, 10], _} = Pyex.resume(source, b, 5)
      assert {:ok, [7, 14], _} = Pyex.resume(source, a, 7)
    end

    test "damaged snapshots are errors, never crashes" do
      {:suspended, ctx} = Pyex.run("import pyex\nx = list(range(50))\npyex.suspend()")
      good = Pyex.snapshot(ctx)
      size = byte_size(good)
      :rand.seed(:exsss, {1, 2, 3})

      for i <- 1..500 do
        bad =
          case rem(i, 4) do
            0 ->
              at = :rand.uniform(size) - 1
              <<pre::binary-size(at), byte, rest::binary>> = good
              <<pre::binary, Bitwise.bxor(byte, 1 + :rand.uniform(254))::8, rest::binary>>

            1 ->
              binary_part(good, 0, :rand.uniform(size) - 1)

            2 ->
              good <> :crypto.strong_rand_bytes(:rand.uniform(32))

            3 ->
              :crypto.strong_rand_bytes(:rand.uniform(100))
          end

        assert {:error, "invalid snapshot: " <> _} = Pyex.restore(bad)
      end

      healthy!()
    end

    @tag :tmp_dir
    test "a snapshot taken in one OS process resumes in another", %{tmp_dir: tmp} do
      source =
        "import pyex\ntotal = sum(range(10))\nreply = pyex.suspend('waiting')\ntotal + reply"

      {:suspended, ctx} = Pyex.run(source)
      file = Path.join(tmp, "snap.bin")
      File.write!(file, Pyex.snapshot(ctx))
      ebin = :code.lib_dir(:pyex) |> Path.join("ebin")

      script = """
      {:ok, ctx} = Pyex.restore(File.read!(#{inspect(file)}))
      {:ok, value, _} = Pyex.resume(nil, ctx, 100)
      IO.puts("result=\#{value}")
      """

      {out, 0} = System.cmd("elixir", ["-pa", ebin, "-e", script], stderr_to_stdout: true)
      assert out =~ "result=145"
    end
  end

  test "one compiled program in many contexts concurrently" do
    {:ok, program} =
      Pyex.compile("import pyex\nn = pyex.suspend()\ndef sq(x):\n    return x * x\nsq(n)")

    results =
      1..50
      |> Enum.map(fn i ->
        Task.async(fn ->
          {:suspended, ctx} = Pyex.run(program, Ctx.new())
          {:ok, v, _} = Pyex.resume(program, ctx, i)
          v
        end)
      end)
      |> Task.await_many(60_000)

    assert results == Enum.map(1..50, &(&1 * &1))
  end
end
