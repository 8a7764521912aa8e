# Unicode text: words, digits and case folding in Latin, Greek, Cyrillic and
# CJK text; code point offsets in spans; ASCII-only classes under re.ASCII.
import re

TEXT = "Größe: 42 cm; Ελληνικά ΛΈΞΕΙΣ; Привет, МИР! 東京タワー ٣٤٥ x² naïve café_au_lait"

print(re.findall(r"\w+", TEXT))
print(re.findall(r"\w+", TEXT, re.ASCII))
print(re.findall(r"\d+", TEXT), re.findall(r"\d+", TEXT, re.A))
print(re.findall(r"[^\W\d_]+", TEXT)[:6])
print(re.findall(r"(?i)привет|мир", TEXT))
print(re.findall(r"(?i)λέξεις|ελληνικά", TEXT))
print(re.search(r"(?i)GRÖSSE|größe", TEXT))
for m in re.finditer(r"[\u4e00-\u9fff]+|[\u30a0-\u30ff]+", TEXT):
    print(m.group(), m.span(), TEXT[m.start():m.end()] == m.group())
m = re.search(r"café_(\w+)", TEXT)
print(m.span(), m.span(1), len(TEXT), m.end() == len(TEXT))
print(re.sub(r"\s+", " ", "a\u00a0b\u2003c\u3000d\te"))
print(re.split(r"[;,!:]\s*", TEXT))
print(re.sub(r"(?<=\w)(?=\w)", "·", "Öl"), re.sub(r"\B", "-", "ÅÄÖ"))
print([len(w) for w in re.findall(r"\S+", TEXT)])
print(re.fullmatch(r"[А-Яа-яЁё]+", "Ёлка"), re.fullmatch(r"\w+", "Ёлка", re.A))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)ǅ", "ǆ"))

text = "héllo wörld 日本語 ünïcödé " * 3
tok = re.compile(r"\s*(\w+)")
pos, out = 0, []
while True:
    m = tok.match(text, pos)
    if not m:
        break
    out.append((m.group(1), m.span(1)))
    pos = m.end()
print(out[:6], len(out), pos)
print(tok.findall(text, 5, 30), tok.search(text, 7, 12), [m.span() for m in tok.finditer(text, 3, 20)])
print(re.compile("ö").sub("o", text, 2), re.split("日", text, 2))
