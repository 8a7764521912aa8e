# repr() and str() of strings and containers of strings: quote choice and escape rules.
samples = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "back\\slash",
    "new\nline\ttab\rcr",
    "\x00\x1f\x7f\x80\x9f\xa0\xad",
    "é ñ ü 日本",
    "\u2028\u200f\ufeff",
    "emoji 🐍 \U0001f9ea",
    "\ud800" if False else "surrogate-free",
    "",
]
for s in samples:
    print(repr(s), len(s))
print(str(["a", "it's"]), str({"k": 'v"'}), str(("x",)))
print(repr(repr("a")), str(repr("x\ny")))
print(f"{'quote'!r} {'quote'!s}")
print("%r" % "it's", "%s" % "it's")
nested = {"names": ["O'Brien", 'Say "x"'], "path": "C:\\temp"}
print(nested)
print(repr("\a\b\f\v"), repr("\x1b[31m"), repr(chr(0x10FFFF)), repr(chr(0xE000)))
class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Tag({self.name!r})"


print([Tag("b"), Tag("it's")], str(Tag("x")))
