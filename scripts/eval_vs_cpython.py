#!/usr/bin/env python3
"""Side-by-side evaluator benchmarks: pyex against the python3 running this script, same machine, same run.

For each program it reports, in microseconds (median of REPEAT runs):
  warm   pyex: a compiled Program run in a fresh Ctx | CPython: exec of a compiled code object in a fresh dict
  cold   pyex: compile + fresh Ctx + run             | CPython: compile + exec, in process
and the ratio pyex/CPython (lower is better; < 1 means pyex is faster). CPython's process start-up
(`python3 -c pass`, ~16 ms) is printed once for reference: it is what a host pays per cold run when it
shells out to python3 instead of calling pyex in process.

Usage: scripts/eval_vs_cpython.py [--repeat N] [PROGRAM.py ...]   (default: core/benches/programs/*.py
and the algorithms conformance case). Needs `cargo` (builds the time_program example in release mode).
"""

import argparse
import contextlib
import io
import json
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_PROGRAMS = sorted((ROOT / "core/benches/programs").glob("*.py")) + [
    ROOT / "conformance/cases/algorithms/algorithms_suite.py"
]


def cpython_times(source, path, repeat):
    """Median warm and cold in-process times of `source` under this CPython, in microseconds."""
    code = compile(source, str(path), "exec")

    def run(compiled):
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compiled, {"__name__": "__main__"})

    def median(fn):
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1e6)
        return statistics.median(samples)

    run(code)
    warm = median(lambda: run(code))
    cold = median(lambda: run(compile(source, str(path), "exec")))
    return warm, cold


def pyex_times(path, repeat):
    """Median warm and cold in-process times of the program under pyex, in microseconds."""
    out = subprocess.run(
        ["cargo", "run", "-q", "--release", "-p", "pyex", "--example", "time_program", "--", str(path), str(repeat)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(out)
    return figures["warm"], figures["cold"]


def startup_us():
    """CPython's process start-up, median of 5 `python3 -c pass`."""
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        samples.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("programs", nargs="*", type=pathlib.Path)
    args = parser.parse_args()
    programs = args.programs or DEFAULT_PROGRAMS
    subprocess.run(["cargo", "build", "-q", "--release", "-p", "pyex", "--example", "time_program"], cwd=ROOT, check=True)
    print(f"{'program':<22}{'pyex warm':>12}{'CPython':>12}{'ratio':>8}{'pyex cold':>12}{'CPython':>12}{'ratio':>8}")
    for path in programs:
        source = path.read_text()
        cp_warm, cp_cold = cpython_times(source, path, args.repeat)
        px_warm, px_cold = pyex_times(path, args.repeat)
        print(
            f"{path.stem[:21]:<22}{px_warm:>12.0f}{cp_warm:>12.0f}{px_warm / cp_warm:>7.2f}x"
            f"{px_cold:>12.0f}{cp_cold:>12.0f}{px_cold / cp_cold:>7.2f}x"
        )
    print(f"CPython process start-up (python3 -c pass): {startup_us():.0f} us")


if __name__ == "__main__":
    main()
