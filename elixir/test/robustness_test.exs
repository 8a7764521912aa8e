defmodule Pyex.RobustnessTest do
  use ExUnit.Case, async: true

  test "a panic in the NIF is an error, not a crashed BEAM" do
    assert {:error, {"SystemError", "internal error: panicked at " <> where, ""}} =
             Pyex.Native.debug_panic()

    assert where =~ "deliberate panic (debug_panic)"

    assert Pyex.run!("1 + 1") == 2
  end

  test "bad source bytes" do
    assert {:error, "SyntaxError: source code is not valid UTF-8" <> _} = Pyex.run(<<0xFF, 0xFE>>)
    assert {:error, "SyntaxError: " <> _} = Pyex.run(<<0>>)
  end

  test "garbage program and snapshot binaries" do
    for junk <- [
          "",
          "PYEXPRG1",
          "PYEXPRG1" <> <<255, 255, 255, 255, 255, 255, 255, 255>>,
          :crypto.strong_rand_bytes(64)
        ] do
      assert {:error, "ValueError: not a pyex program" <> _} = Pyex.Program.from_binary(junk)
    end

    {:suspended, ctx} = Pyex.run("import pyex\npyex.suspend()")
    snapshot = Pyex.snapshot(ctx)

    for junk <- [
          "",
          "PYEXSNAP",
          binary_part(snapshot, 0, div(byte_size(snapshot), 2)),
          :crypto.strong_rand_bytes(100)
        ] do
      assert {:error, "invalid snapshot: " <> _} = Pyex.restore(junk)
    end
  end

  test "wrong argument types to the NIF raise ArgumentError in Elixir, never crash" do
    assert {:error, {"TypeError", "expected Python source or a compiled program", ""}} =
             Pyex.Native.ctx_start(%{}, 42, "main.py")

    assert_raise ArgumentError, fn -> Pyex.Native.ctx_resume(make_ref(), {:ok, 1}) end
    assert_raise ArgumentError, fn -> Pyex.Native.program_to_binary(:nope) end

    assert {:error, {"ValueError", "bad value for the timeout_ms option", ""}} =
             Pyex.Native.ctx_start(%{timeout_ms: "soon"}, "1", "main.py")
  end

  test "resuming a context that is not paused is an error" do
    {:ok, 1, ctx} = Pyex.run("1")

    assert {:error, {"ValueError", "resume() without a paused run", _}} =
             Pyex.Native.ctx_resume(ctx.ref, {:ok, 1})

    assert {:error, {"ValueError", _, _}} = Pyex.Native.ctx_resume(ctx.ref, :what)

    assert {:error, {"ValueError", "resume_many() without a run paused at host calls", _}} =
             Pyex.Native.ctx_resume_many(ctx.ref, [{1, {:ok, 1}}])
  end

  test "deeply nested source is a SyntaxError" do
    assert {:error, "SyntaxError: too many nested parentheses" <> _} =
             Pyex.run(String.duplicate("(", 300) <> String.duplicate(")", 300))

    nested_ifs =
      Enum.map_join(0..150, "", fn depth -> String.duplicate(" ", depth) <> "if True:\n" end) <>
        String.duplicate(" ", 151) <> "x = 1\n"

    assert {:error, _} = Pyex.run(nested_ifs)
  end

  test "deep recursion in Python is a RecursionError" do
    source =
      "import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(50000)"

    assert match?({:ok, 50000, _}, Pyex.run(source)) or
             match?({:error, "RecursionError" <> _}, Pyex.run(source))
  end

  test "deeply nested repr and equality stay errors" do
    source = "x = []\nfor i in range(100000):\n    x = [x]\nlen(repr(x))"
    assert {:error, "RecursionError" <> _} = Pyex.run(source)
  end
end
