"""pyex's Python API: run, compile, Ctx, host modules, errors, limits, the GIL."""

import pickle
import threading
import time

import pytest

import pyex


def test_run_returns_value_and_output():
    result = pyex.run("print('hi')\nprint(1, 2, sep='-')\n6 * 7")
    assert result.value == 42
    assert result.stdout == "hi\n1-2\n"
    assert result.stderr == ""


def test_values_cross_the_boundary():
    value = pyex.run("[None, True, 2**100, -3, 1.5, 'é', (1, 'a'), {'k': [1]}, b'\\x00', {1}, frozenset()]").value
    assert value == [None, True, 2**100, -3, 1.5, "é", (1, "a"), {"k": [1]}, b"\x00", {1}, frozenset()]
    opaque = pyex.run("class A: pass\nA()").value
    assert isinstance(opaque, pyex.Opaque)
    assert opaque.repr.startswith("<__main__.A object at 0x")


def test_host_module_functions_are_called_with_converted_arguments():
    saved = []

    def save(record, *, tag=None):
        saved.append((record, tag))
        return {"id": len(saved)}

    source = "import db\nr = db.save({'n': 1, 'xs': (1, 2)}, tag='t')\nr['id'] + 100"
    result = pyex.run(source, modules={"db": {"save": save}})
    assert result.value == 101
    assert saved == [({"n": 1, "xs": (1, 2)}, "t")]


def test_host_exceptions_become_catchable_python_exceptions():
    def fail(x):
        raise ValueError(f"bad {x}")

    source = "import h\ntry:\n    h.fail(3)\nexcept ValueError as e:\n    print('caught', e)"
    assert pyex.run(source, modules={"h": {"fail": fail}}).stdout == "caught bad 3\n"


def test_host_call_returning_unconvertible_value_is_a_type_error_in_the_program():
    source = "import h\ntry:\n    h.obj()\nexcept TypeError as e:\n    print('TypeError')"
    assert pyex.run(source, modules={"h": {"obj": object}}).stdout == "TypeError\n"


def test_uncaught_exception_raises_pyex_error_with_traceback():
    with pytest.raises(pyex.PyexError) as info:
        pyex.run("def f():\n    return 1 / 0\nf()")
    err = info.value
    assert err.type_name == "ZeroDivisionError"
    assert err.message == "division by zero"
    assert str(err) == "ZeroDivisionError: division by zero"
    assert err.traceback.startswith("Traceback (most recent call last):\n")
    assert 'File "main.py", line 2, in f' in err.traceback
    assert err.exit_code == 1


def test_syntax_error_is_a_pyex_syntax_error():
    with pytest.raises(pyex.PyexSyntaxError) as info:
        pyex.compile("x = (")
    assert info.value.type_name == "SyntaxError"
    assert info.value.message == "'(' was never closed"
    assert isinstance(info.value, pyex.PyexError)


def test_system_exit_status():
    with pytest.raises(pyex.PyexError) as info:
        pyex.run("import sys\nsys.exit(3)")
    assert info.value.type_name == "SystemExit"
    assert info.value.exit_code == 3


def test_timeout_is_a_limit_error():
    started = time.monotonic()
    with pytest.raises(pyex.PyexLimitError) as info:
        pyex.run("while True:\n    pass", timeout=0.2)
    assert str(info.value) == "TimeoutError: execution exceeded time limit"
    assert time.monotonic() - started < 5


def test_recursion_limit_option():
    source = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(3000)"
    with pytest.raises(pyex.PyexError) as info:
        pyex.run(source)
    assert info.value.type_name == "RecursionError"
    assert pyex.run(source, limits={"recursion": 5000}).value == 3000


def test_bad_options_are_rejected():
    with pytest.raises(ValueError):
        pyex.run("1", limits={"cpu": 1})
    with pytest.raises(TypeError):
        pyex.run("1", modules={"m": {"f": 3}})
    with pytest.raises(TypeError):
        pyex.run("1", files={"a": 3})


def test_compiled_program_is_reusable_and_picklable():
    program = pyex.compile("def f(n):\n    return n * 2\nf(21)", "calc.py")
    assert program.filename == "calc.py"
    copy = pickle.loads(pickle.dumps(program))
    assert pyex.run(program).value == 42
    assert pyex.run(copy).value == 42


def test_ctx_keeps_globals_files_and_output():
    ctx = pyex.Ctx(files={"in.txt": "hello", "raw.bin": b"\x00\x01"})
    ctx.run("data = open('in.txt').read()\nopen('out.txt', 'w').write(data.upper())")
    assert ctx.run("data + '!'") == "hello!"
    assert ctx.files()["out.txt"] == b"HELLO"
    assert ctx.files()["raw.bin"] == b"\x00\x01"
    ctx.run("print('x')")
    assert ctx.take_stdout() == "x\n"
    assert ctx.stdout == ""


def test_snapshot_restore_gives_independent_contexts():
    ctx = pyex.Ctx()
    ctx.run("items = [1, 2]")
    data = ctx.snapshot()
    a, b = pyex.Ctx.restore(data), pyex.Ctx.restore(data)
    a.run("items.append(3)")
    assert a.run("items") == [1, 2, 3]
    assert b.run("items") == [1, 2]
    with pytest.raises(pyex.PyexError):
        pyex.Ctx.restore(b"not a snapshot")


def test_stdin_feeds_input():
    result = pyex.run("a = input()\nb = input('? ')\nprint(a + b)", stdin="x\ny\n")
    assert result.stdout == "? xy\n"


def test_gil_is_released_while_pyex_runs():
    """Two threads run a CPU-bound program at once; a third Python thread keeps ticking."""
    program = pyex.compile("t = 0\nfor i in range(300000):\n    t += i\nt")
    results = []
    ticks = []
    done = threading.Event()

    def ticker():
        while not done.is_set():
            ticks.append(1)
            time.sleep(0.001)

    def work():
        results.append(pyex.run(program).value)

    tick = threading.Thread(target=ticker)
    tick.start()
    workers = [threading.Thread(target=work) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    done.set()
    tick.join()
    assert results == [sum(range(300000))] * 2
    assert len(ticks) > 5
