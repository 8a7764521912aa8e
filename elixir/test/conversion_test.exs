defmodule Pyex.ConversionTest do
  use ExUnit.Case, async: true

  defp echo, do: %{"host" => %{"echo" => {:builtin, fn [x] -> x end}}}

  # Python → Elixir: the value of the last expression.
  @to_elixir [
    {"None", nil},
    {"True", true},
    {"False", false},
    {"42", 42},
    {"-7", -7},
    {"2 ** 100", 1_267_650_600_228_229_401_496_703_205_376},
    {"-(2 ** 64)", -18_446_744_073_709_551_616},
    {"9223372036854775807", 9_223_372_036_854_775_807},
    {"9223372036854775808", 9_223_372_036_854_775_808},
    {"1.5", 1.5},
    {"float('inf')", :infinity},
    {"float('-inf')", :neg_infinity},
    {"float('nan')", :nan},
    {"'héllo ✓'", "héllo ✓"},
    {"''", ""},
    {"b'\\x00\\xff'", {:bytes, <<0, 255>>}},
    {"bytearray(b'ab')", {:bytes, "ab"}},
    {"[1, 'a', None]", [1, "a", nil]},
    {"()", {}},
    {"(1, (2, 3))", {1, {2, 3}}},
    {"{'a': 1, 2: [3], (4, 5): None}", %{"a" => 1, 2 => [3], {4, 5} => nil}},
    {"{1, 2, 3}", MapSet.new([1, 2, 3])},
    {"frozenset({'x'})", MapSet.new(["x"])},
    {"set()", MapSet.new()},
    {"[{'k': {(1, 'b')}}]", [%{"k" => MapSet.new([{1, "b"}])}]}
  ]

  for {{source, expected}, i} <- Enum.with_index(@to_elixir) do
    test "python → elixir ##{i}: #{source}" do
      assert Pyex.run!(unquote(source)) == unquote(Macro.escape(expected))
    end
  end

  # Elixir → Python: an argument of a host function, checked by Python's repr.
  @to_python [
    {nil, "None"},
    {true, "True"},
    {false, "False"},
    {12, "12"},
    {123_456_789_012_345_678_901_234_567_890, "123456789012345678901234567890"},
    {-123_456_789_012_345_678_901_234_567_890, "-123456789012345678901234567890"},
    {0.25, "0.25"},
    {:infinity, "inf"},
    {"snow ☃", "'snow ☃'"},
    {:some_atom, "'some_atom'"},
    {{:bytes, <<1, 2>>}, "b'\\x01\\x02'"},
    {[1, [2, []]], "[1, [2, []]]"},
    {{1, "two"}, "(1, 'two')"},
    {%{"k" => [1]}, "{'k': [1]}"},
    {%{{1, 2} => :a}, "{(1, 2): 'a'}"},
    {MapSet.new([7]), "{7}"},
    {MapSet.new(), "set()"}
  ]

  for {{value, repr}, i} <- Enum.with_index(@to_python) do
    test "elixir → python ##{i}: #{repr}" do
      source = "import host\nrepr(host.echo(None))"
      modules = %{"host" => %{"echo" => {:builtin, fn [_] -> unquote(Macro.escape(value)) end}}}
      assert Pyex.run!(source, modules: modules) == unquote(repr)
    end
  end

  test "values round-trip through a host function unchanged" do
    source = """
    import host
    values = [None, True, 3, 2**80, -1.5, 'x', b'y', [1, 2], (1, 2), {'a': {1, 2}}, {(1, 2): 3}]
    [host.echo(v) == v and type(host.echo(v)) is type(v) for v in values]
    """

    assert Pyex.run!(source, modules: echo()) == List.duplicate(true, 11)
  end

  test "an instance has no Elixir form: a TypeError naming it" do
    source = "class Point:\n    pass\nPoint()"

    assert {:error, "TypeError: cannot convert <__main__.Point object at " <> rest} =
             Pyex.run(source)

    assert rest =~ "> to an Elixir term"

    assert {:error, "TypeError: cannot convert <function f at " <> _} =
             Pyex.run("def f(): pass\nf")
  end

  test "an unconvertible argument to a host function is a catchable TypeError" do
    source = """
    import host
    try:
        host.echo(lambda: 1)
    except TypeError as e:
        result = str(e)
    result
    """

    assert Pyex.run!(source, modules: echo()) =~ "cannot convert <function <lambda> at"
  end

  test "an unconvertible host result is a catchable TypeError" do
    modules = %{"host" => %{"pid" => {:builtin, fn [] -> self() end}}}

    source = """
    import host
    try:
        host.pid()
    except TypeError as e:
        msg = str(e)
    msg
    """

    assert Pyex.run!(source, modules: modules) =~ "cannot convert <0."
  end

  test "unhashable Elixir keys and invalid UTF-8 are TypeErrors" do
    bad = [
      {%{[1] => 2}, "unhashable type: 'list'"},
      {MapSet.new([%{}]), "unhashable type: 'dict'"},
      {<<255, 0>>, "cannot convert a binary that is not UTF-8"},
      {[1 | 2], "cannot convert an improper list"},
      {%URI{}, "cannot convert a %URI{} struct"}
    ]

    for {value, message} <- bad do
      modules = %{"host" => %{"get" => {:builtin, fn [] -> value end}}}
      source = "import host\ntry:\n    host.get()\nexcept TypeError as e:\n    m = str(e)\nm"
      assert Pyex.run!(source, modules: modules) =~ message
    end
  end

  test "deeply nested values are refused, not crashed on" do
    deep = Enum.reduce(1..100_000, [], fn _, acc -> [acc] end)
    modules = %{"host" => %{"get" => {:builtin, fn [] -> deep end}}}
    source = "import host\ntry:\n    host.get()\nexcept TypeError as e:\n    m = str(e)\nm"
    assert Pyex.run!(source, modules: modules) =~ "nested deeper than"

    source = "x = []\nfor i in range(100000):\n    x = [x]\nx"
    assert {:error, "TypeError: cannot convert" <> _} = Pyex.run(source)
  end
end
