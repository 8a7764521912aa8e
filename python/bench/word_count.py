"""Dict-heavy word count: frequencies, bigrams, per-letter index, sorting."""

BASE = """It was the best of times it was the worst of times it was the age of
wisdom it was the age of foolishness it was the epoch of belief it was the epoch
of incredulity it was the season of Light it was the season of Darkness it was
the spring of hope it was the winter of despair we had everything before us we
had nothing before us we were all going direct to Heaven we were all going
direct the other way"""

words = []
for i in range(200):
    for j, w in enumerate(BASE.lower().split()):
        words.append(w if (i + j) % 17 else w + str(i % 5))

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1

bigrams = {}
for a, b in zip(words, words[1:]):
    key = (a, b)
    if key in bigrams:
        bigrams[key] += 1
    else:
        bigrams[key] = 1

by_letter = {}
for w in freq:
    by_letter.setdefault(w[0], []).append(w)

lengths = {}
for w, n in freq.items():
    lengths[len(w)] = lengths.get(len(w), 0) + n

top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), len(freq), len(bigrams))
print(top)
print(top_bigrams)
print(sorted((k, len(v)) for k, v in by_letter.items()))
print(sorted(lengths.items()))
inverse = {}
for w, n in freq.items():
    inverse.setdefault(n, set()).add(w)
print(max(inverse), sorted(inverse[max(inverse)]))
merged = {**freq, **{k: -v for k, v in freq.items() if k.startswith("w")}}
print(sum(merged.values()), {k: v for k, v in merged.items() if v < -100})
