#!/usr/bin/env python3
"""Parse time of pyex against CPython 3.11, per top-level stdlib file, in one run.

CPython's side is `compile(src, path, "exec", ast.PyCF_ONLY_AST)` timed in this process; pyex's
side is `core/examples/parse_timing.rs` (built in release mode) on the same files. Both take the
best of --repeat runs. Prints the files with the worst pyex/CPython ratio, then the total ratio
(sum of pyex times over sum of CPython times) and the worst per-file ratio. The target is that
no file takes more than 5x CPython's time. Files pyex cannot parse yet are counted, not timed.

Usage: scripts/parse_vs_cpython.py [--repeat N] [--top N | --all] [--strict]
"""

import argparse
import ast
import json
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 5.0


def stdlib_files():
    """Every top-level .py file of this interpreter's stdlib, sorted."""
    return sorted(Path(sysconfig.get_paths()["stdlib"]).glob("*.py"))


def time_cpython(path, repeat):
    """Best-of-`repeat` nanoseconds for CPython to parse `path` into an AST."""
    source = path.read_text(encoding="utf-8")
    best = None
    for _ in range(repeat):
        start = time.perf_counter_ns()
        compile(source, str(path), "exec", ast.PyCF_ONLY_AST)
        elapsed = time.perf_counter_ns() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def build_parse_timing():
    """Build the release example and return its path."""
    command = ["cargo", "build", "--release", "-q", "-p", "pyex", "--example", "parse_timing",
               "--message-format=json"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"parse_vs_cpython: cargo build failed:\n{done.stderr}")
    for line in done.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "parse_timing":
            return message["executable"]
    sys.exit("parse_vs_cpython: cargo did not report the parse_timing executable")


def time_pyex(executable, files, repeat):
    """{path: (best nanoseconds, parsed ok)} from the parse_timing example."""
    command = [executable, "--repeat", str(repeat), *map(str, files)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"parse_vs_cpython: parse_timing failed (exit {done.returncode}):\n{done.stderr}")
    results = {}
    for line in done.stdout.splitlines():
        nanos, status, path = line.split("\t", 2)
        results[path] = (int(nanos), status == "ok")
    return results


def print_table(rows, top):
    """rows: (name, bytes, cpython ns, pyex ns, ratio), worst ratio first."""
    width = max([len("file"), *(len(row[0]) for row in rows[:top])]) + 2
    print(f"{'file':<{width}}{'bytes':>9}{'CPython us':>12}{'pyex us':>10}{'ratio':>8}")
    for name, size, cpython, pyex, ratio in rows[:top]:
        print(f"{name:<{width}}{size:>9}{cpython / 1e3:>12.1f}{pyex / 1e3:>10.1f}{ratio:>7.2f}x")
    if len(rows) > top:
        print(f"... {len(rows) - top} more (--all shows every file)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="best of N runs per file (default 5)")
    parser.add_argument("--top", type=int, default=15, help="rows to show, worst first (default 15)")
    parser.add_argument("--all", action="store_true", help="show every file")
    parser.add_argument("--strict", action="store_true", help=f"exit 1 if a file is over {TARGET_RATIO}x")
    args = parser.parse_args()

    files = stdlib_files()
    executable = build_parse_timing()
    cpython = {str(path): time_cpython(path, args.repeat) for path in files}
    pyex = time_pyex(executable, files, args.repeat)

    rows, failed = [], []
    for path in files:
        nanos, ok = pyex[str(path)]
        if not ok:
            failed.append(path.name)
            continue
        rows.append((path.name, path.stat().st_size, cpython[str(path)], nanos, nanos / cpython[str(path)]))
    rows.sort(key=lambda row: row[4], reverse=True)
    print(f"Python {sys.version.split()[0]} stdlib, {len(files)} top-level files, best of {args.repeat}\n")
    print_table(rows, len(rows) if args.all else args.top)

    print()
    if failed:
        shown = ", ".join(failed[:10]) + (f", ... (+{len(failed) - 10} more)" if len(failed) > 10 else "")
        print(f"pyex could not parse {len(failed)} files (not timed): {shown}")
    if not rows:
        print("no file parsed: nothing to compare")
        sys.exit(1 if args.strict else 0)
    total = sum(row[3] for row in rows) / sum(row[2] for row in rows)
    worst = rows[0]
    over = [row for row in rows if row[4] > TARGET_RATIO]
    print(f"total ratio pyex/CPython: {total:.2f}x over {len(rows)} files")
    print(f"worst file: {worst[0]} at {worst[4]:.2f}x")
    print(f"files over the {TARGET_RATIO:g}x target: {len(over)}")
    if args.strict and (over or failed):
        sys.exit(1)


if __name__ == "__main__":
    main()
