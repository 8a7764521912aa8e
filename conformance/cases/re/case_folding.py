# Case-insensitive matching: Unicode folding by default, ASCII-only folding
# under re.ASCII and for bytes patterns, scoped (?i:...) groups.
import re
tests = [
    (r"é", re.I | re.A, ["É", "é"]), (r"[à-ÿ]+", re.I | re.A, ["ÀÉ", "àé"]), (r"abc", re.I | re.A, ["ABC"]),
    (r"[a-f]+", re.I | re.A, ["CAFE", "cafe"]), (r"[^x]", re.I | re.A, ["X", "y"]), (r"k", re.I | re.A, ["\u212a", "K"]),
    (r"k", re.I, ["\u212a", "K"]), (r"(?i:é)x", re.A, ["Éx", "éx"]), (r"[Z-a]+", re.I | re.A, ["zA_`["]),
]
for pat, flags, subjects in tests:
    for s in subjects:
        print(repr(pat), flags, repr(s), re.findall(pat, s, flags))
for pat, s in [(rb"(?i)caf\xe9", b"CAF\xc9"), (rb"(?i)[a-z]+", b"AbZ\xe9"), (rb"(?i)x", b"X")]:
    print(pat, s, re.findall(pat, s))
