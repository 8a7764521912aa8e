"""Dump CPython's AST of every top-level .py file of the stdlib, for tests/stdlib_ast.rs.

Usage: python3 tests/stdlib_dump.py OUTDIR

Prints the stdlib directory, then writes OUTDIR/<name>.dump holding
`ast.dump(ast.parse(source), include_attributes=True, indent=1)` for each file
(or OUTDIR/<name>.error with the SyntaxError, should CPython reject one).
One python3 process does every file, so the test pays for one interpreter start.
"""

import ast
import os
import sys
import sysconfig


def main():
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
            tree = ast.parse(source, name)
        except SyntaxError as err:
            with open(os.path.join(out_dir, name + ".error"), "w", encoding="utf-8") as f:
                f.write(f"{type(err).__name__}: {err.msg} ({err.lineno}:{err.offset})\n")
            continue
        text = ast.dump(tree, include_attributes=True, indent=1)
        with open(os.path.join(out_dir, name + ".dump"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
