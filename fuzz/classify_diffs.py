"""Groups the differences of a `pyex-fuzz --target diff` run by family.

Usage: python3 fuzz/classify_diffs.py OUT_DIR [--list FAMILY]

Reads OUT_DIR/diff-*.txt (what the harness wrote for each difference) and
prints how many fall in each family of fuzz/TRIAGE.md; `other` lists the
files no rule knows, to be read one by one.
"""

import collections
import pathlib
import re
import sys

# (family, test on (cpython error, pyex error, stdouts equal)); first match wins.
RULES = [
    ("driver: CPython died in a fresh driver too", lambda c, p, same, k: k == "driver"),
    ("parser: 'never closed' where CPython's parser failed first",
     lambda c, p, same, k: p is not None and "was never closed" in p and c is not None and "was never closed" not in c),
    ("parser: nesting limits (too many nested expressions / CPython's C stack)",
     lambda c, p, same, k: (p or "").endswith("too many nested expressions")
     or "too many nested parentheses" in (c or "") or "too many levels of indentation" in (c or "")
     or "RecursionError" in (c or "") and "compil" in (c or "")
     # CPython's parser runs out of memory on deep nesting before any other error.
     or c == "MemoryError" and (p or "").split(":")[0] in ("SyntaxError", "IndentationError")),
    ("tokenizer errors reported before parser errors",
     lambda c, p, same, k: p is not None and c is not None and p.startswith("SyntaxError") and c.startswith("SyntaxError")
     and any(t in p for t in ("unexpected character after line continuation", "unterminated", "invalid character",
                              "invalid decimal literal", "invalid hexadecimal", "invalid digit", "leading zeros",
                              "invalid non-printable", "f-string"))),
    ("other syntax-error choice (same line family, other message)",
     lambda c, p, same, k: (p or "").split(":")[0] in ("SyntaxError", "IndentationError", "TabError")
     and (c or "").split(":")[0] in ("SyntaxError", "IndentationError", "TabError")),
    ("host paths: ImportError names the module file",
     lambda c, p, same, k: (p or "").startswith("ImportError: cannot import name") and "(unknown location)" in (p or "")),
    ("addresses in reprs (at 0x...)", lambda c, p, same, k: k == "addr"),
    ("harness: the decimal context leaked from an earlier program in the CPython driver",
     lambda c, p, same, k: k == "decimal"),
]


def parse(path):
    text = path.read_text(errors="replace")
    kind = re.search(r"^kind: (\S+)", text, re.M)
    kind = kind.group(1) if kind else "?"
    c = re.search(r"^CPython error: (.*)$", text, re.M)
    p = re.search(r"^pyex error: (.*)$", text, re.M)
    c = None if not c or c.group(1) == "none" else c.group(1)
    p = None if not p or p.group(1) == "none" else p.group(1)
    body = text.split("--- CPython stdout\n", 1)[-1]
    expected, _, actual = body.partition("\n--- pyex stdout\n")
    same = expected.rstrip("\n") == actual.rstrip("\n")
    if not same and re.search(r"\.\d{29,}", expected) and not re.search(r"\.\d{29,}", actual):
        kind = "decimal"
    if not same and re.sub(r"0x[0-9a-f]+", "0x", expected) == re.sub(r"0x[0-9a-f]+", "0x", actual) and c == p:
        kind = "addr"
    return c, p, same, kind


def main():
    out = pathlib.Path(sys.argv[1])
    want = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--list" else None
    families = collections.defaultdict(list)
    for path in sorted(out.glob("diff-*.txt")):
        c, p, same, kind = parse(path)
        family = next((name for name, test in RULES if test(c, p, same, kind)), "other")
        families[family].append(path.name)
    total = sum(len(v) for v in families.values())
    print(f"{total} differences")
    for name, files in sorted(families.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(files):6}  {name}")
        if name == "other" or name == want:
            for f in files:
                print(f"        {f}")


if __name__ == "__main__":
    main()
