#!/usr/bin/env python3
"""Score the builtins sweep cell by cell: how many lines of each sweep file pyex gets right.

Usage:
    python3 scripts/sweep_score.py [--pyex PATH] [--show N] [FILE...]

The conformance runner compares whole files, so one wrong cell fails a whole sweep file; this
script runs each conformance/cases/sweep/*.py under pyex and compares its stdout with the recorded
.out line by line (a cell is one line: see scripts/gen_builtin_sweep.py). It prints the pass count
per file and in total ("N of M cells"), and with --show the first N wrong cells of each file
(expected, then got). A file that crashes or stops early counts its missing lines as failures.
"""

import argparse
import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SWEEP = ROOT / "conformance" / "cases" / "sweep"


def default_pyex():
    """The pyex CLI in this worktree's cargo target dir."""
    target = os.environ.get("CARGO_TARGET_DIR", "/work/.cache/builtins-target" if (Path("/work/.cache/builtins-target")).exists() else str(ROOT / "target"))
    return str(Path(target) / "debug" / "pyex")


def cell_labels(case):
    """The label of each cell of a sweep file, in order."""
    tree = ast.parse(case.read_text(encoding="utf-8"))
    return [
        node.value.args[0].value
        for node in tree.body
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and node.value.args
    ]


def score(pyex, case):
    """(passed, total, [(expected, got)]) for one sweep file."""
    expected = case.with_suffix(".out").read_text(encoding="utf-8").split("\n")[:-1]
    try:
        done = subprocess.run([pyex, case.name], cwd=case.parent, capture_output=True, timeout=60)
        got = done.stdout.decode("utf-8", "replace").split("\n")
    except subprocess.TimeoutExpired:
        got = []
    labels = cell_labels(case)
    wrong = []
    for i, line in enumerate(expected):
        other = got[i] if i < len(got) else "<missing>"
        if line != other:
            label = labels[i] if i < len(labels) else "?"
            wrong.append((label, line, other))
    return len(expected) - len(wrong), len(expected), wrong


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pyex", default=default_pyex())
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--update-known-failures", action="store_true",
                        help="rewrite the sweep lines of conformance/known_failures.txt")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    cases = [Path(f).resolve() for f in args.files] or sorted(SWEEP.glob("*.py"))
    passed = total = 0
    failing = {}
    for case in cases:
        ok, count, wrong = score(args.pyex, case)
        passed, total = passed + ok, total + count
        if wrong:
            failing[case.name] = (count - ok, count, wrong)
        print(f"{case.stem}: {ok} of {count}")
        for _, exp, got in wrong[: args.show]:
            print(f"  - {exp}\n  + {got}")
    print(f"sweep: {passed} of {total} cells")
    if args.update_known_failures:
        update_known_failures(failing)
    return 0


# Why the cells still failing in a sweep file fail (the line in known_failures.txt).
REASONS = {
    "builtin_functions.py": "compile() is not implemented",
    "dict_ops.py": "dict views have no .mapping (there is no mappingproxy type)",
    "range_methods.py": "range bounds are 64-bit integers: a range past 2**63 is clamped",
    "range_ops.py": "range bounds are 64-bit integers: len/index/containment past 2**63 differ",
    "slice_methods.py": "slice.indices() clamps lengths past 2**63",
}


def update_known_failures(failing):
    """Replace the sweep lines of known_failures.txt with one line per failing file:
    how many cells fail and the first few of them (their labels)."""
    path = ROOT / "conformance" / "known_failures.txt"
    kept = [line for line in path.read_text().splitlines() if not line.startswith("cases/sweep/")]
    for name, (bad, count, wrong) in sorted(failing.items()):
        labels = "; ".join(label for label, _, _ in wrong[:3])
        reason = REASONS.get(name, "see scripts/sweep_score.py --show")
        kept.append(
            f"cases/sweep/{name}: {reason}; {bad} of {count} cells wrong "
            f"(scripts/sweep_score.py), e.g. {labels}"
        )
    path.write_text("\n".join(kept) + "\n")


if __name__ == "__main__":
    sys.exit(main())
