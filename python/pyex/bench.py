"""Side-by-side benchmark: the same programs under CPython and under pyex.

    python -m pyex.bench [--rounds N] [PATH...]

PATH is a benchmark directory (every .py file in it, sorted) or a single .py
file; the default is the `bench/` directory next to this package
(python/bench in a checkout). Each program is timed N rounds (default 5), four
ways, interleaved round by round so that drift in the machine's load affects
all four alike:

  cpython warm  the program compiled once to a code object by this CPython,
                then each round `exec` of it in a fresh `__main__` dict, with
                sys.stdout redirected to a StringIO. Measures execution only:
                no interpreter start-up, no parsing; modules the program
                imports are already in sys.modules after the first round.
  cpython cold  `python3 FILE` as a subprocess (this interpreter,
                sys.executable), wall time from spawn to exit, stdout piped.
                Includes interpreter start-up, site import, parsing and
                compiling.
  pyex warm     the program compiled once with `pyex.compile`, then each round
                `pyex.run(program)`, which runs it in a fresh context (fresh
                globals, imports done anew) with stdout captured.
  pyex cold     `pyex.run(source)` each round: parse, compile and run from the
                source text, in a fresh context. pyex has no process start-up
                cost to speak of, since it is a library in this process.

Before the timed rounds each program runs once under both (untimed) and the
outputs are compared; a program whose stdout differs is marked `!` and left
out of the geometric means, as is one that raises under pyex (`error`).

The table shows the median of the rounds for each way, in milliseconds, and
the ratios pyex/CPython for warm and for cold (above 1 means pyex is slower).
The last row is the geometric mean of each column over the programs that ran
correctly. The exit status is 0, or 1 when some program failed or differed.
"""

import argparse
import contextlib
import io
import math
import os
import statistics
import subprocess
import sys
import time

import pyex

DEFAULT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench")

COLUMNS = ("cpython warm", "cpython cold", "pyex warm", "pyex cold")


def programs(paths):
    """The .py files named, or found directly in the directories named (sorted)."""
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith(".py") and not name.startswith("_"):
                    yield os.path.join(path, name)
        else:
            yield path


class Program:
    """One benchmark program and the ways of running it."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            self.source = f.read()
        self.code = compile(self.source, path, "exec")
        self.program = pyex.compile(self.source, os.path.basename(path))

    def cpython_warm(self):
        out = io.StringIO()
        namespace = {"__name__": "__main__", "__file__": self.path}
        start = time.perf_counter()
        with contextlib.redirect_stdout(out):
            exec(self.code, namespace)
        elapsed = time.perf_counter() - start
        return elapsed, out.getvalue()

    def cpython_cold(self):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, self.path],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            cwd=os.path.dirname(os.path.abspath(self.path)),
            check=False,
        )
        elapsed = time.perf_counter() - start
        return elapsed, done.stdout.decode("utf-8", "replace")

    def pyex_warm(self):
        start = time.perf_counter()
        result = pyex.run(self.program)
        elapsed = time.perf_counter() - start
        return elapsed, result.stdout

    def pyex_cold(self):
        start = time.perf_counter()
        result = pyex.run(self.source)
        elapsed = time.perf_counter() - start
        return elapsed, result.stdout

    def ways(self):
        return (self.cpython_warm, self.cpython_cold, self.pyex_warm, self.pyex_cold)


def measure(prog, rounds):
    """(medians in seconds for COLUMNS, status): status is '' when the program
    ran correctly, '!' when pyex printed something else, 'error' when it raised."""
    _, expected = prog.cpython_warm()
    try:
        _, actual = prog.pyex_warm()
    except pyex.PyexError as e:
        print(f"{prog.name}: pyex raised {e.type_name}: {e.message}", file=sys.stderr)
        return None, "error"
    status = "" if actual == expected else "!"
    if status:
        print(f"{prog.name}: pyex output differs from CPython's", file=sys.stderr)
    samples = [[] for _ in COLUMNS]
    for _ in range(rounds):
        for column, way in zip(samples, prog.ways()):
            column.append(way()[0])
    return [statistics.median(column) for column in samples], status


def geomean(values):
    values = [v for v in values if v > 0]
    if not values:
        return float("nan")
    return math.exp(sum(math.log(v) for v in values) / len(values))


def format_table(rows, rounds):
    """rows: (name, medians in seconds or None, status). Returns the table text."""
    header = ("program",) + COLUMNS + ("pyex/cpy warm", "pyex/cpy cold")
    lines = []
    good = []
    for name, medians, status in rows:
        if medians is None:
            cells = [name + " (error)"] + ["-"] * (len(header) - 1)
        else:
            warm_ratio = medians[2] / medians[0]
            cold_ratio = medians[3] / medians[1]
            cells = [name + (" !" if status else "")]
            cells += [f"{m * 1000:.2f}" for m in medians]
            cells += [f"{warm_ratio:.2f}x", f"{cold_ratio:.2f}x"]
            if not status:
                good.append(list(medians) + [warm_ratio, cold_ratio])
        lines.append(cells)
    if good:
        means = [geomean(column) for column in zip(*good)]
        footer = ["geomean"] + [f"{m * 1000:.2f}" for m in means[:4]] + [f"{m:.2f}x" for m in means[4:]]
    else:
        footer = ["geomean"] + ["-"] * (len(header) - 1)
    widths = [max(len(row[i]) for row in [header, footer] + lines) for i in range(len(header))]

    def render(cells):
        return "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(cells)
        ).rstrip()

    rule = "-" * len(render(header))
    out = [
        f"times in ms, median of {rounds} round{'s' if rounds != 1 else ''}; ratios pyex/CPython (>1: pyex slower)",
        render(header),
        rule,
    ]
    out += [render(cells) for cells in lines]
    out += [rule, render(footer)]
    return "\n".join(out) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m pyex.bench",
        description="Time benchmark programs under CPython and pyex, warm and cold.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help=f"directory or .py file (default: {DEFAULT_DIR})")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per program and way (default 5)")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    paths = args.paths or [DEFAULT_DIR]
    rows = []
    for path in programs(paths):
        try:
            prog = Program(path)
        except pyex.PyexError as e:
            print(f"{path}: pyex could not compile it: {e.type_name}: {e.message}", file=sys.stderr)
            rows.append((os.path.splitext(os.path.basename(path))[0], None, "error"))
            continue
        medians, status = measure(prog, args.rounds)
        rows.append((prog.name, medians, status))
    if not rows:
        print("no benchmark programs found in " + ", ".join(paths), file=sys.stderr)
        return 2
    sys.stdout.write(format_table(rows, args.rounds))
    differs = [name for name, _, status in rows if status == "!"]
    failed = [name for name, _, status in rows if status == "error"]
    if differs:
        print("! = output differs from CPython, left out of the geomean: " + ", ".join(differs))
    if failed:
        print("raised under pyex, left out of the geomean: " + ", ".join(failed))
    return 1 if differs or failed else 0


if __name__ == "__main__":
    sys.exit(main())
