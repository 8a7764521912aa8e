# A sweep of patterns x inputs: search, match, fullmatch and their groups.
import re

PATTERNS = [
    r"a+", r"a*", r"a?b", r"(a|b)+", r"(a)(b)?", r"^\d+$", r"\d{2,3}", r"\w+@\w+\.com",
    r"(?i)abc", r"[^a-c]+", r"[a-c-]+", r"\bcat\b", r"\Bat", r"(\w+)\s+\1", r"(?P<x>\d)(?P=x)",
    r"(?=\d)\w+", r"(?<=\$)\d+", r"(?<!-)\b\d+", r"x(?!y)", r".+?,", r"a{2}", r"a{,2}b",
    r"[\s,]+", r"\S+", r"\W", r"(a|ab)(c|bcd)(d*)", r"(?:x|y)z", r"$", r"^", r"a|",
    r"[.]", r"\.", r"(?s).+", r".+", r"(?m)^\w", r"\A\w+", r"\w+\Z", r"[0-9a-fA-F]+",
    r"(\d+)-(\d+)?", r"(?x) \d + # digits", r"caf\u00e9", r"[^\W\d]+", r"(?a)\w+",
    r"a++b", r"(?>a+)b", r"(?:ab)*?c", r"\t|\n", r"[\]]", r"(?i:A)b",
]
INPUTS = [
    "", "a", "aab", "ab", "abc", "ABC", "123", "12345", "cat concat cat.", "x@y.com!",
    "a,b, c", "the cat sat", "$42 -7 8", "xy xz", "abcd", "hello hello world", "11 22 34",
    "line1\nline2\n", "café Café", "  tab\there", "]a[", "aaab",
]

def show(m):
    if m is None:
        return "None"
    return "%r%r%r" % (m.span(), m.group(), m.groups())

for p in PATTERNS:
    rx = re.compile(p)
    for s in INPUTS:
        cells = [show(rx.search(s)), show(rx.match(s)), show(rx.fullmatch(s))]
        print(repr(p), repr(s), " | ".join(cells))
