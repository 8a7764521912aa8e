"""Differential test: run programs under CPython and under pyex, compare.

    python -m pyex.difftest FILE_OR_DIR...

Each program runs under this CPython in process (stdout and stderr captured,
a fresh `__main__` namespace, empty stdin) and under pyex (a fresh `Ctx`).
Compared: stdout, the last line of stderr (the exception line of a
traceback) and the exit status. Every mismatch is printed as a unified diff;
the last line is the summary `N passed, M failed`. The exit status is 1 when
anything failed.
"""

import asyncio  # noqa: F401 (loaded once: its C accelerator keeps state a re-import would not match)
import builtins
import contextlib
import contextvars
import decimal  # noqa: F401 (loaded once, for the same reason)
import difflib
import linecache
import os
import sys
import tempfile
import traceback
import types
import warnings
from dataclasses import dataclass

import pyex


@dataclass
class Outcome:
    """What a run produced, in the compared form."""

    stdout: str
    stderr_last: str
    status: int

    def render(self):
        return f"{self.stdout}--- stderr (last line)\n{self.stderr_last}\n--- exit status {self.status}\n"


def _last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _stream(directory, name, mode):
    """A text file standing in for sys.stdin/stdout/stderr, named like the real ones."""
    path = os.path.join(directory, name.strip("<>"))
    open(path, "w", encoding="utf-8").close()
    f = open(path, mode, encoding="utf-8")
    f.buffer.raw.name = name
    return f


@contextlib.contextmanager
def _recursion_offset():
    """Hides this harness's own frames from the program's recursion limit:
    the program sees (and sets) the limit it would have as `python3 FILE`."""
    offset = len(traceback.extract_stack()) + 2
    saved_get, saved_set = sys.getrecursionlimit, sys.setrecursionlimit
    saved_limit = saved_get()
    sys.setrecursionlimit(1000 + offset)
    sys.getrecursionlimit = lambda: saved_get() - offset
    sys.setrecursionlimit = lambda n: saved_set(n + offset) if isinstance(n, int) and n >= 1 else saved_set(n)
    try:
        yield
    finally:
        sys.getrecursionlimit, sys.setrecursionlimit = saved_get, saved_set
        sys.setrecursionlimit(saved_limit)


@contextlib.contextmanager
def _fresh_process_state(source):
    """What `python3 main.py` starts with and this process has not: its own
    `__main__` module, `main.py`'s lines for `traceback`, and stdlib modules
    with global state (`logging`) not yet imported. Modules the program
    imports are forgotten afterwards, so the next program imports them afresh."""
    main = types.ModuleType("__main__")
    saved_modules = dict(sys.modules)
    for name in list(sys.modules):
        if name in STATEFUL_MODULES or name.split(".")[0] in STATEFUL_MODULES:
            del sys.modules[name]
    sys.modules["__main__"] = main
    linecache.cache["main.py"] = (len(source), None, source.splitlines(True), "main.py")
    # `builtins._` is what the last `compile(..., "single")` statement displayed
    # (sys.displayhook): a fresh python3 has none.
    saved_underscore = builtins.__dict__.pop("_", None)
    try:
        with warnings.catch_warnings():
            warnings.filters[:] = DEFAULT_WARNING_FILTERS
            warnings._filters_mutated()  # noqa: SLF001 (what warnings.simplefilter calls)
            warnings.showwarning = warnings._showwarning_orig  # noqa: SLF001
            warnings._showwarnmsg_impl = _print_warning  # noqa: SLF001 (a runner may record them)
            yield main
    finally:
        linecache.cache.pop("main.py", None)
        builtins.__dict__.pop("_", None)
        if saved_underscore is not None:
            builtins._ = saved_underscore
        sys.modules.clear()
        sys.modules.update(saved_modules)


def _print_warning(message):
    """Prints a warning to sys.stderr, as `warnings` does when nobody records them."""
    sys.stderr.write(warnings._formatwarnmsg(message))  # noqa: SLF001


# The warning filters `python3 FILE` starts with (a test runner installs its own).
DEFAULT_WARNING_FILTERS = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]

# Stdlib modules whose module-level state a program configures (`logging.basicConfig`).
STATEFUL_MODULES = ("logging",)


def _exit_status(exit):
    """The status `python3` exits with for an uncaught SystemExit."""
    if exit.code is None:
        return 0
    if isinstance(exit.code, int):
        return exit.code & 0xFF
    print(exit.code, file=sys.stderr)
    return 1


def run_cpython(path, source):
    """Runs `source` in this process, the way `python3 path` would: in an
    empty working directory, with empty stdin, `sys.argv == [path]`."""
    saved = sys.stdin, sys.stdout, sys.stderr, sys.argv, os.getcwd()
    with tempfile.TemporaryDirectory() as streams, tempfile.TemporaryDirectory() as cwd:
        out, err = _stream(streams, "<stdout>", "w"), _stream(streams, "<stderr>", "w")
        stdin = _stream(streams, "<stdin>", "r")
        status = 0
        try:
            sys.stdin, sys.stdout, sys.stderr, sys.argv = stdin, out, err, [path]
            os.chdir(cwd)
            with _recursion_offset(), _fresh_process_state(source) as main:
                try:
                    code = compile(source, "main.py", "exec")
                    # A fresh context: no contextvar (decimal's context) set by an earlier program.
                    contextvars.Context().run(exec, code, main.__dict__)
                except SystemExit as e:
                    status = _exit_status(e)
                except BaseException:  # the program's own uncaught exception
                    sys.__excepthook__(*sys.exc_info())  # as python3 prints it, with hints
                    status = 1
        finally:
            sys.stdin, sys.stdout, sys.stderr, sys.argv, cwd_back = saved
            os.chdir(cwd_back)
        for f in (out, err, stdin):
            f.close()
        with open(os.path.join(streams, "stdout"), encoding="utf-8", newline="") as f:
            printed = f.read()
        with open(os.path.join(streams, "stderr"), encoding="utf-8") as f:
            outcome = Outcome(printed, _last_line(f.read()), status)
    return outcome


def run_pyex(path, source):
    """Runs `source` under pyex in a fresh context."""
    ctx = pyex.Ctx(argv=[path], stdin="")
    try:
        ctx.run(pyex.compile(source, "main.py"))
    except pyex.PyexError as e:
        return Outcome(ctx.stdout, _last_line(ctx.stderr + e.traceback), e.exit_code)
    return Outcome(ctx.stdout, _last_line(ctx.stderr), 0)


def programs(paths):
    """The .py files named or found (recursively, sorted) under the directories named."""
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".py"):
                        yield os.path.join(root, name)
        else:
            yield path


# How many more times a differing program is run under CPython before the difference counts.
ORACLE_RERUNS = 2


def recorded(path):
    """The outcome `conformance/record` saved beside a case (`.out`, `.err`, `.code`): what
    `python3` printed when the case was recorded; None for a program without a recording."""
    stem = os.path.splitext(path)[0]
    try:
        with open(stem + ".out", encoding="utf-8", newline="") as f:
            printed = f.read()
    except FileNotFoundError:
        return None
    parts = []
    for suffix, default in ((".err", ""), (".code", "0")):
        try:
            with open(stem + suffix, encoding="utf-8") as f:
                parts.append(f.read())
        except FileNotFoundError:
            parts.append(default)
    return Outcome(printed, _last_line(parts[0]), int(parts[1].strip()))


def compare(path):
    """The unified diff between CPython's and pyex's outcome ('' when equal)."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    expected = run_cpython(path, source).render()
    actual = run_pyex(path, source).render()
    # CPython's asyncio sleeps on the wall clock, pyex's on a virtual one: on a loaded machine a
    # CPython run can overshoot a sleep enough to change a rounded timestamp. A difference is
    # only reported when pyex's output is neither the one python3 printed when the case was
    # recorded (on an idle machine) nor one CPython produces when run again.
    if expected != actual:
        saved = recorded(path)
        if saved is not None and saved.render() == actual:
            return ""
    reruns = ORACLE_RERUNS
    while expected != actual and reruns:
        reruns -= 1
        expected = run_cpython(path, source).render()
    if expected == actual:
        return ""
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"{path} (CPython)",
            tofile=f"{path} (pyex)",
        )
    )


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    passed = failed = 0
    for path in programs(args):
        diff = compare(path)
        if diff:
            failed += 1
            sys.stdout.write(diff if diff.endswith("\n") else diff + "\n")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
