# Word statistics over a text: tokenizing words with apostrophes, sentences,
# case-insensitive counts, capitalized names, and Unicode words.
import re

TEXT = """It was the best of times, it was the worst of times. It wasn't easy!
Mr. Dickens wrote it in 1859; readers in London and Paris loved it.
Did they? Yes -- they did. Café owners in Zürich read it too."""

words = re.findall(r"\b[\w']+\b", TEXT)
print(len(words), words[:8])
counts = {}
for w in words:
    counts[w.lower()] = counts.get(w.lower(), 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
sentences = [s for s in re.split(r"(?<=[.!?])\s+", TEXT) if s]
print(len(sentences))
for s in sentences:
    print(" *", s[:40])
print(re.findall(r"\b[A-Z][a-z]+\b", TEXT))
print(re.findall(r"\d{4}", TEXT))
print(re.findall(r"\b\w*[éü]\w*\b", TEXT))
print(re.findall(r"(?i)\bit\b", TEXT)[:4], len(re.findall(r"(?i)\bit\b", TEXT)))
print(re.sub(r"\s+", " ", TEXT)[:60])
print([m.start() for m in re.finditer(r"times", TEXT)])
vowels = re.compile(r"[aeiou]", re.I)
print(sum(len(vowels.findall(w)) for w in words))
print(re.findall(r"(\w)\1", TEXT))
