"""CPython side of `pyex-fuzz --target diff`: runs programs sent on stdin.

Protocol (bytes): the harness writes `<length>\\n<utf-8 source>`; the driver
runs the source as `__main__` in a fresh namespace with stdout captured and a
time limit, and answers `<status>\\n<length>\\n<utf-8 stdout>` where status
is `ok`, `timeout` or `error <last traceback line>`.
"""

import decimal
import io
import linecache
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import types


class Timeout(BaseException):
    pass


def _alarm(signum, frame):
    raise Timeout()


def run_in_subprocess(source):
    # Run as `python3 main.py` in a process of its own, for sources the
    # shared driver cannot run faithfully: one with a null byte
    # (`compile(string)` refuses it before any other error, while
    # `python3 FILE` tokenizes up to it and reports an earlier error first, as
    # pyex does), and asyncio programs (the C `_asyncio` module and its state
    # outlive the `asyncio` module the driver forgets between programs: a
    # later program's timeouts ended in CancelledError).
    workdir = tempfile.mkdtemp(prefix="pyex-fuzz-")
    try:
        path = os.path.join(workdir, "main.py")
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(source)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        done = subprocess.run([sys.executable, "main.py"], cwd=workdir, capture_output=True, env=env,
                              stdin=subprocess.DEVNULL, text=True, errors="surrogateescape", timeout=5)
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        if done.returncode == 0:
            status = "ok"
        elif lines and not lines[-1].startswith(" "):
            status = "error " + lines[-1].strip()
        else:
            status = "error SystemExit"
        return status, done.stdout
    except subprocess.TimeoutExpired:
        return "timeout", ""
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


# The decimal context is per thread in the C module, which outlives the
# `decimal` module the driver forgets after each program: a program that set
# `getcontext().prec` would change every later program's arithmetic.
PRISTINE_DECIMAL_CONTEXT = decimal.getcontext().copy()


def run(source):
    if "\0" in source or "asyncio" in source:
        return run_in_subprocess(source)
    decimal.setcontext(PRISTINE_DECIMAL_CONTEXT.copy())
    # Each program runs in an empty directory of its own, as `python3 main.py`
    # in a fresh one, with a real file for stdout named like the real one.
    home = os.getcwd()
    workdir = tempfile.mkdtemp(prefix="pyex-fuzz-")
    os.chdir(workdir)
    with open("main.py", "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(source)
    capture = tempfile.mktemp(prefix="pyex-fuzz-stdout-")
    out = open(capture, "w", encoding="utf-8", errors="surrogateescape")
    out.buffer.raw.name = "<stdout>"
    saved_limit = sys.getrecursionlimit()
    saved = sys.stdout
    main = types.ModuleType("__main__")
    main.__builtins__ = __builtins__
    main.__file__ = "main.py"
    sys.argv = ["main.py"]
    sys.stdin = io.StringIO("")
    status = "ok"
    saved_modules = dict(sys.modules)
    sys.modules["__main__"] = main
    linecache.cache["main.py"] = (len(source), None, source.splitlines(True), "main.py")
    sys.stdout = out
    signal.setitimer(signal.ITIMER_REAL, 5.0)
    try:
        code = compile(source, "main.py", "exec")
        exec(code, main.__dict__)
    except Timeout:
        status = "timeout"
    except BaseException as e:  # noqa: BLE001 (anything the program raised)
        # The interpreter's own printer (3.11 adds "Did you mean" there, not in `traceback`).
        err = io.StringIO()
        saved_err, sys.stderr = sys.stderr, err
        try:
            sys.__excepthook__(type(e), e, e.__traceback__)
        finally:
            sys.stderr = saved_err
        lines = [line for line in err.getvalue().splitlines() if line.strip()]
        status = "error " + (lines[-1].strip() if lines else type(e).__name__)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout = saved
        # Modules the program imported (and may have patched) are forgotten,
        # so the next program imports them afresh; C accelerators stay.
        for name in list(sys.modules):
            if name not in saved_modules and not name.startswith("_"):
                del sys.modules[name]
        sys.modules["__main__"] = saved_modules["__main__"]
        linecache.cache.pop("main.py", None)
        sys.setrecursionlimit(saved_limit)
        out.close()
        with open(capture, encoding="utf-8", errors="surrogateescape", newline="") as f:
            text = f.read()
        os.unlink(capture)
        os.chdir(home)
        shutil.rmtree(workdir, ignore_errors=True)
    # `python3 FILE` words this error differently from `compile(string)`.
    status = status.replace("source code string cannot contain null bytes", "source code cannot contain null bytes")
    return status, text


def main():
    signal.signal(signal.SIGALRM, _alarm)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        header = stdin.readline()
        if not header:
            return
        source = stdin.read(int(header)).decode("utf-8")
        status, text = run(source)
        data = text.encode("utf-8", "surrogatepass")
        stdout.write(status.encode("utf-8", "replace") + b"\n" + str(len(data)).encode() + b"\n" + data)
        stdout.flush()


if __name__ == "__main__":
    main()
