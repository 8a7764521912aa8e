"""Limits, profiling, filesystems and snapshots through the Python binding."""

import os
import random

import pytest

import pyex


@pytest.mark.parametrize(
    "source, limits, text, name",
    [
        ("while True: pass", {"time": 0.05}, "TimeoutError: execution exceeded time limit", "time"),
        ("while True: pass", {"steps": 100_000}, "TimeoutError: execution exceeded step limit", "steps"),
        ("x = []\nwhile True: x.append('y' * 10000)", {"memory": 5_000_000, "time": 20},
         "MemoryError: memory limit exceeded", "memory"),
        ("x = 'a' * 10**10", {}, "MemoryError", "memory"),
        ("x = [0] * 10**10", {}, "MemoryError", "memory"),
        ("x = 10**10**10", {}, "MemoryError", "memory"),
        ("x = [1]\nwhile True: x = x + x", {}, "MemoryError", "memory"),
        ("def f(): f()\nf()", {}, "RecursionError: maximum recursion depth exceeded", "recursion"),
        ("while True: print('spam')", {"output": 10_000}, "OSError: output limit exceeded", "output"),
        ("fs = [open(f'{i}', 'w') for i in range(50)]", {"open_files": 5},
         "OSError: [Errno 24] Too many open files", "open_files"),
        ("f = open('big', 'w')\nwhile True: f.write('x' * 1000)", {"fs_bytes": 100_000},
         "OSError: [Errno 28] No space left on device", "fs_bytes"),
    ],
)
def test_each_limit_names_itself_and_the_host_stays_healthy(source, limits, text, name):
    with pytest.raises(pyex.PyexLimitError) as info:
        pyex.run(source, limits=limits)
    assert str(info.value).startswith(text)
    assert info.value.limit == name
    assert pyex.run("sum(range(10))").value == 45


def test_ctx_reports_the_limit_and_stays_usable():
    ctx = pyex.Ctx(limits={"steps": 50_000})
    with pytest.raises(pyex.PyexLimitError):
        ctx.run("while True: pass")
    assert ctx.limit_exceeded() == "steps"
    assert ctx.run("6 * 7") == 42
    assert ctx.limit_exceeded() is None


def test_profile_on_result_and_ctx():
    source = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(10)"
    result = pyex.run(source, profile=True)
    assert result.value == 55
    assert result.profile["call_counts"] == {"fib": 177}
    assert result.profile["line_counts"][2] == 177
    assert isinstance(result.profile["call_us"]["fib"], int)
    ctx = pyex.Ctx(profile=True)
    ctx.run(source)
    assert ctx.profile()["call_counts"]["fib"] == 177
    assert pyex.run("1").profile is None


def test_files_and_a_local_root(tmp_path):
    result = pyex.run(
        "import os, shutil\nshutil.copy('a.txt', 'b.txt')\nsorted(os.listdir('.'))",
        files={"a.txt": "alpha"},
    )
    assert result.value == ["a.txt", "b.txt"]
    assert result.ctx.files()["b.txt"] == b"alpha"
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "secret.txt").write_text("TOP SECRET")
    (root / "in.txt").write_text("inside")
    os.symlink(tmp_path, root / "up")
    assert pyex.run("open('in.txt').read()", root=str(root)).value == "inside"
    pyex.run("open('out.txt', 'w').write('from pyex')", root=str(root))
    assert (root / "out.txt").read_text() == "from pyex"
    for path in ["../secret.txt", "up/secret.txt", "sub/../../secret.txt"]:
        with pytest.raises(pyex.PyexError) as info:
            pyex.run(f"open({path!r}).read()", root=str(root))
        assert info.value.type_name == "PermissionError"
    with pytest.raises(ValueError):
        pyex.run("1", root=str(tmp_path / "missing"))


def test_damaged_snapshots_raise_snapshot_errors():
    ctx = pyex.Ctx(modules={"pyex": {"suspend": lambda *a: None}})
    ctx.run("x = list(range(100))")
    good = ctx.snapshot()
    rng = random.Random(7)
    for i in range(300):
        bad = bytearray(good)
        if i % 3 == 0:
            bad[rng.randrange(len(bad))] ^= 1 << rng.randrange(8)
        elif i % 3 == 1:
            bad = bad[: rng.randrange(len(bad))]
        else:
            bad = bytearray(rng.randbytes(rng.randrange(100)))
        with pytest.raises(pyex.PyexSnapshotError) as info:
            pyex.Ctx.restore(bytes(bad))
        assert str(info.value).startswith("ValueError: invalid snapshot: ")
    restored = pyex.Ctx.restore(good)
    assert restored.run("len(x)") == 100
    fork = pyex.Ctx.restore(good)
    fork.run("x.append(1)")
    assert restored.run("len(x)") == 100
