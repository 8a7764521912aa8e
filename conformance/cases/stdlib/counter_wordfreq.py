# Counter word frequencies over a text, merging per-paragraph counts.
from collections import Counter

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.

It was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

paragraphs = text.split("\n\n")
per_para = []
for p in paragraphs:
    words = [w.strip(".,").lower() for w in p.split()]
    per_para.append(Counter(words))
for i, c in enumerate(per_para):
    print(i, c.most_common(4), c.total())
overall = sum(per_para, Counter())
print(overall.most_common(5))
print(len(overall), overall["was"], overall["missing"])
common = per_para[0] & per_para[1]
print(sorted(common.items()))
only_first = per_para[0] - per_para[1]
print(sorted(only_first))
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters.most_common(6))
vowels = Counter({v: letters[v] for v in "aeiou"})
print(vowels, vowels.total(), sorted(vowels.elements())[:5])
lengths = Counter(len(w) for w in overall.elements())
print(sorted(lengths.items()))
print(Counter(dict(overall.most_common(3))))
