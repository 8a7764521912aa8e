defmodule Pyex.ErrorsTest do
  use ExUnit.Case, async: true

  test "uncaught exceptions are \"Type: message\" strings" do
    cases = [
      {"1 / 0", "ZeroDivisionError: division by zero"},
      {"{}['a']", "KeyError: 'a'"},
      {"int('x')", "ValueError: invalid literal for int() with base 10: 'x'"},
      {"undefined_name", "NameError: name 'undefined_name' is not defined"},
      {"raise RuntimeError", "RuntimeError"},
      {"class MyError(Exception):\n    pass\nraise MyError('custom')", "MyError: custom"},
      {"import nosuchmodule", "ModuleNotFoundError: No module named 'nosuchmodule'"},
      {"def f(): f()\nf()", "RecursionError: maximum recursion depth exceeded"}
    ]

    for {source, expected} <- cases do
      assert Pyex.run(source) == {:error, expected}, source
    end
  end

  test "syntax errors carry CPython's message" do
    assert Pyex.run("x = (1,") == {:error, "SyntaxError: '(' was never closed (main.py, line 1)"}

    assert Pyex.run("if True:\nprint(1)") ==
             {:error,
              "IndentationError: expected an indented block after 'if' statement on line 1 (main.py, line 2)"}
  end

  test "run! raises Pyex.Error with type, message and CPython's traceback" do
    source = "def inner():\n    return 1 / 0\n\ninner()\n"
    error = assert_raise Pyex.Error, fn -> Pyex.run!(source) end
    assert error.type == "ZeroDivisionError"
    assert error.message == "division by zero"

    assert error.traceback == """
           Traceback (most recent call last):
             File "main.py", line 4, in <module>
               inner()
             File "main.py", line 2, in inner
               return 1 / 0
                      ~~^~~
           ZeroDivisionError: division by zero
           """

    assert Exception.message(error) =~ "ZeroDivisionError: division by zero\n\nTraceback"
  end

  test "the filename option names the file in tracebacks" do
    error = assert_raise Pyex.Error, fn -> Pyex.run!("x", filename: "job.py") end
    assert error.traceback =~ ~s|File "job.py", line 1|
  end

  test "run! of a syntax error raises with the caret display" do
    error = assert_raise Pyex.Error, fn -> Pyex.run!("1 +") end
    assert error.type == "SyntaxError"
    assert error.traceback =~ "^"
  end

  test "compile errors are strings too" do
    assert {:error, "SyntaxError: " <> _} = Pyex.compile("return 5")
  end
end
