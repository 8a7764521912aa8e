"""Dump CPython's scopes of every top-level .py file of the stdlib, for tests/stdlib_scopes.rs.

Usage: python3 tests/stdlib_scopes.py OUTDIR

Prints the stdlib directory, then writes OUTDIR/<name>.scopes: the symbol table and code
objects of each file in the format of core/tests/data/scope_record.py (which does the work),
or the SyntaxError `compile()` raises. One python3 process does every file.
"""

import importlib.util
import os
import sys
import sysconfig
from pathlib import Path

RECORDER = Path(__file__).resolve().parent.parent / "core" / "tests" / "data" / "scope_record.py"


def main():
    spec = importlib.util.spec_from_file_location("scope_record", RECORDER)
    recorder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recorder)
    out_dir = sys.argv[1]
    stdlib = sysconfig.get_paths()["stdlib"]
    print(stdlib)
    for name in sorted(os.listdir(stdlib)):
        path = os.path.join(stdlib, name)
        if not name.endswith(".py") or not os.path.isfile(path):
            continue
        with open(path, "rb") as f:
            source = f.read()
        try:
            text = source.decode("utf-8")
        except UnicodeDecodeError:
            continue
        lines = recorder.record(text)
        with open(os.path.join(out_dir, name + ".scopes"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
