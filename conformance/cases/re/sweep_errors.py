# re.error messages and positions for malformed patterns and templates,
# and the TypeErrors of mixing str and bytes.
import re

BAD = [
    "(", ")", "a**", "*a", "[a", "[z-a]", "a{3,1}", r"\q", "(?P<1a>x)", "(?P<n>a)(?P<n>b)",
    "(?P=missing)", r"\2(a)", "(?<=a+)b", "(?z)", "a(?i)b", "(?i", "x{2}{3}", "+", "?",
    "(?#unterminated", r"[\d-z]", "a|*", "(?P<n", "(?P", r"\x4", r"\u12", "(?<n>x)",
    "a\n(", "(?-a:x)", "((a)", "[]",
]
for p in BAD:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

TEMPLATES = [r"\1", r"\g<1>", r"\g<name>", r"\g<0>!", r"\3", r"\g<bad", r"\g<x y>", r"\q",
             r"[\2]", r"\n\t", r"\0", r"\101", r"\g<2>"]
rx = re.compile(r"(?P<name>\w+) (\w+)")
for t in TEMPLATES:
    try:
        print(repr(t), "->", repr(rx.sub(t, "hello world, big cat")))
    except (re.error, IndexError) as e:
        print(repr(t), "->", type(e).__name__, e)

for call in [
    lambda: re.search("a", b"abc"),
    lambda: re.search(b"a", "abc"),
    lambda: re.search("a", 12),
    lambda: re.compile(12),
    lambda: re.compile(re.compile("a"), re.I),
    lambda: re.match("(a)", "a").group(2),
    lambda: re.match("(a)", "a").group("x"),
    lambda: re.match("(a)", "a")[3],
]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
