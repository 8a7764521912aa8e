#!/usr/bin/env python3
"""Checks the hostile cases marked `cpython: same` against python3.

A hostile case's `outcome:` is Pyex's documented sandbox behaviour. Where that is also what
CPython does (a plain Python error: RecursionError, the 4300-digit conversion limit, MemoryError
for an impossible allocation), the case says `cpython: same`, and this script runs the program
under python3 (address space capped at 2 GiB, 60 s) and compares the last line of its traceback
(or `ok` for a clean exit) with the outcome.

    conformance/hostile/check_cpython.py            # check (exit 1 on a difference)
    conformance/hostile/check_cpython.py --record   # rewrite those outcomes from python3
"""

import pathlib
import resource
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def cap_memory():
    limit = 2 << 30
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def cpython_outcome(program):
    run = subprocess.run(
        [sys.executable, program.name],
        cwd=program.parent,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=cap_memory,
        check=False,
    )
    if run.returncode == 0:
        return "ok"
    lines = run.stderr.strip().splitlines()
    return lines[-1] if lines else f"exit {run.returncode}"


def fields(text):
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#") and ":" in line:
            key, value = line.split(":", 1)
            out[key.strip()] = value.strip()
    return out


def main():
    record = "--record" in sys.argv[1:]
    differences = 0
    for expect in sorted(HERE.glob("*/*.expect")):
        text = expect.read_text()
        if fields(text).get("cpython") != "same":
            continue
        program = expect.with_suffix(".py")
        got = cpython_outcome(program)
        want = fields(text).get("outcome")
        name = f"{expect.parent.name}/{expect.stem}"
        if got == want:
            print(f"same  {name}: {got}")
        elif record:
            lines = [
                f"outcome: {got}" if line.startswith("outcome:") else line
                for line in text.splitlines()
            ]
            expect.write_text("\n".join(lines) + "\n")
            print(f"rec   {name}: {got}")
        else:
            differences += 1
            print(f"DIFF  {name}: CPython ends with {got!r}, the case expects {want!r}")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
