# Less common syntax: conditionals, lookbehind alternatives, verbose mode,
# escapes, odd character sets, scoped flags, possessive repeats.
import re
cases = [
    (r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]),
    (r"(?P<q>['\"])?\w+(?(q)(?P=q))", ["'abc'", "abc", "\"abc'", "'abc"]),
    (r"(?<=ab|cd)x", ["abx", "cdx", "ax", "bcx"]),
    (r"(?x) [#] \d+  # hash then digits", ["#12", "12"]),
    (r"(?:a{2}){3}", ["aaaaaa", "aaaaa", "aaaaaaaa"]),
    (r"a{2,}?", ["aaaa"]),
    (r"\x41\u00e9\0\101", ["Aé\x00A"]),
    (r"[\x00-\x1f]+", ["ab\x01\x02c"]),
    (r"[^]\\-]+", ["ab]c\\d-e"]),
    (r"[]a]+", ["a]a]b"]),
    (r"\d+\Z", ["12\n", "12"]),
    (r"(?i)[^a]", ["A", "b"]),
    (r"(?s:a.b)|c.d", ["a\nb", "c\nd", "cxd"]),
    (r"(?m:^x)|^y", ["a\nx", "a\ny", "y"]),
    (r"(?-i:a)B", ["aB"]),
    (r"((?i)a)", ["A"]),
    (r"a(?=b)|a(?!c)", ["ab", "ac", "ad"]),
    (r"(a)|b", ["b"]),
    (r"(?P<a>x)(?P<b>y)?(?P<c>z)", ["xz", "xyz"]),
    (r"\b", ["", "ab cd"]),
    (r"x*+y|z", ["xxy", "z"]),
    (r".{3}(?<=\d{3})", ["ab123"]),
]
for pat, subjects in cases:
    try:
        rx = re.compile(pat)
    except re.error as e:
        print(repr(pat), "error", e)
        continue
    for s in subjects:
        m = rx.search(s)
        print(repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex), rx.findall(s))
