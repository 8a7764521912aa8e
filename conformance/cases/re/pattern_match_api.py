# The Pattern and Match API: attributes, reprs, typing subscripts, flags,
# equality and hashing of patterns, group access forms, copies.
import re
from typing import Optional
def f(p: re.Pattern[str], s: str) -> Optional[re.Match[str]]:
    return p.search(s)
print(f(re.compile("b"), "abc"))
print(type(re.compile("a")), type(re.match("a", "a")), re.Pattern, re.Match)
print(isinstance(re.compile("a"), re.Pattern), isinstance(re.match("a","a"), re.Match))
m = re.match(r"(\d+)\.(\d+)", "3.14")
print(str(m), bool(m), m.regs, m.string, m.pos, m.endpos, m.re)
p = re.compile(r"\w+", re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex, p == re.compile(r"\w+", re.I | re.M))
print(hash(p) == hash(re.compile(r"\w+", re.I | re.M)))
print(p.search("  hi there", 3), p.findall("a b c", 1, 3), list(p.finditer("ab cd", 2)))
print(p.split("a b  c", maxsplit=1), p.sub(repl="X", string="a b"), p.subn("X", "a b", count=1))
print(re.findall(r"(a)(b)?", "ab a"), re.split(r"(a)(x)?", "1a2ax3"))
print(re.match(r"(?P<n>a)|(?P<m>b)", "b").groupdict("-"), re.match(r"(a)|(b)", "b").groups(0))
print(re.sub(r"a", r"\\", "banana"), re.sub("a", "\n", "ab"))
print(re.escape("hello world! $5 (x)"), re.escape("üñí"))
print(re.fullmatch(r"\d+", "123", re.ASCII), re.search("^b", "ab\nb", re.M))
print(re.match("a", "A", re.IGNORECASE), re.I | re.S | re.X, re.NOFLAG)
print(re.I.value, re.I in (re.I, re.M), 2 | re.I, re.I & 2, ~re.I & re.I)
print(m.start(), m.end(1), m.span(2), m.group(0, 1, 2), m[0], m[2])
print(re.search(r"\bé\w+", "un été chaud"), re.findall(r"[à-ü]+", "façade über"))
it = re.finditer(r"\d", "a1b2")
print(next(it), next(it), next(it, "done"))
print(re.compile(r"(?P<first>\w+) (?P<last>\w+)").sub(r"\g<last> \g<first>", "john smith"))
print(re.purge())
print(repr(re.compile("x"*300))[:40], len(repr(re.compile("x"*300))))
print(re.compile(r"\d", re.A).flags, re.compile(rb"\d").flags, re.compile(r"(?i)x").flags, re.compile(r"(?x) a").flags)
import copy
print(copy.copy(m) is m, copy.deepcopy(p) is p)
