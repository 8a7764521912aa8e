# Slugs, accent folding and character inspection with unicodedata.
import re
import unicodedata


def slugify(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"[-\s]+", "-", text).strip("-_")


titles = ["Crème Brûlée Recipe!", "  Hello,   World  ", "Ångström & Ørsted", "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ",
          "naïve café — résumé", "Straße", "ﬁve ligatures"]
for t in titles:
    print(repr(t), "->", slugify(t))

for ch in "aZ5 _é€\u00a0\t😀ǅ٣":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "<no name>"), unicodedata.combining(ch))
print(unicodedata.lookup("LATIN SMALL LETTER E WITH ACUTE"), unicodedata.lookup("snowman"))
print(unicodedata.name("\u2603"), unicodedata.decimal("٣"), unicodedata.digit("7"), unicodedata.decimal("x", -1))
composed = "é"
decomposed = unicodedata.normalize("NFD", composed)
print(len(composed), len(decomposed), composed == decomposed, unicodedata.normalize("NFC", decomposed) == composed)
print(unicodedata.is_normalized("NFC", composed), unicodedata.is_normalized("NFD", composed))
print(unicodedata.normalize("NFKC", "①②③ ™ ½"), ascii(unicodedata.normalize("NFKD", "ﬀ")))
print(re.findall(r"\N{EURO SIGN}\d+", "cost €5 or €12"), "\N{GREEK SMALL LETTER ALPHA}")
print(unicodedata.unidata_version > "13", callable(unicodedata.mirrored))
for bad in [lambda: unicodedata.lookup("NO SUCH CHARACTER"), lambda: unicodedata.name("\x00"),
            lambda: unicodedata.category("ab"), lambda: unicodedata.normalize("NFX", "a"),
            lambda: unicodedata.decimal("a")]:
    try:
        bad()
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
unicodedata.lookup("LATIN CAPITAL LETTER SCHWA WITH HAT")
