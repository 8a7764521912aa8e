# A tokenizer for a small expression language built from one alternation of
# named groups, driven by pattern.match(text, pos); then an evaluator.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[+\-*/()=]"),
    ("SKIP", r"[ \t]+"),
    ("NEWLINE", r"\n"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))

def tokenize(code):
    pos, line = 0, 1
    while pos < len(code):
        m = MASTER.match(code, pos)
        kind, value = m.lastgroup, m.group()
        if kind == "NUMBER":
            yield (kind, float(value) if "." in value else int(value), line)
        elif kind == "NEWLINE":
            line += 1
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        elif kind != "SKIP":
            yield (kind, value, line)
        pos = m.end()

program = "x = 3 + 4.5 * 2\ny = x ** 2 - (x / 3)\nz = y $ 2"
tokens = []
try:
    for tok in tokenize(program):
        tokens.append(tok)
except RuntimeError as e:
    print("error:", e)
for t in tokens:
    print(t)

for m in MASTER.finditer("a1 = b2*3"):
    print(m.lastgroup, repr(m.group()), m.span(), m.lastindex)

scanner = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
print([m.groups() for m in scanner.finditer("12 ab +")])
print(MASTER.match("   x", 3), MASTER.match("xyz", 1, 2), MASTER.search("  42  ", 0, 3))

# re.Scanner: the same lexer with actions per phrase.
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("IDENT", tok)),
    (r"\d+\.\d*", lambda s, tok: ("FLOAT", float(tok))),
    (r"\d+", lambda s, tok: ("INT", int(tok))),
    (r"[-+*/=()]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 * (y + 42)"))
print(scanner.scan("a + $b"))
print(re.Scanner([(r"a", "A"), (r"b", lambda s, t: s.match.span())]).scan("abba!"))
