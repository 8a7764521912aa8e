# A sweep of patterns x inputs: findall, finditer spans, sub, subn and split,
# including the empty-match rules of Python 3.7+.
import re

PATTERNS = [
    r"", r"x*", r"a|", r"|a", r"\b", r"(?=a)", r"a*?", r"\w*", r"(,)", r"(a)|(b)", r",\s*",
    r"\d+", r"(\d)(\d)?", r"[aeiou]", r"(?i)[A-Z]", r"\s+", r"^", r"$", r"(?m)^", r"(?m)$",
    r"a{2,}", r"(ab)*", r"\W+", r"(?<=,)", r"b*",
]
INPUTS = ["", "a", "abxd", "a,b,,c", "aaa bbb", "12 345 6", "AbC dE", "x\ny\n", "baab", "ab,ab"]

for p in PATTERNS:
    rx = re.compile(p)
    for s in INPUTS:
        print(repr(p), repr(s))
        print("  findall", rx.findall(s))
        print("  spans  ", [m.span() for m in rx.finditer(s)])
        print("  sub    ", repr(rx.sub("<\\g<0>>", s)), rx.subn("-", s, 2))
        print("  split  ", rx.split(s), rx.split(s, 1))
