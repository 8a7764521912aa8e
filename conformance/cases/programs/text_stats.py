# Text statistics: word frequencies, sentence splitting, a simple table, a histogram.
TEXT = """Python is a programming language that lets you work quickly and integrate systems
more effectively. Python is powerful, and fast; plays well with others; runs everywhere;
is friendly and easy to learn. Python is open."""

sentences = [s.strip() for s in TEXT.replace("\n", " ").split(".") if s.strip()]
print(len(sentences), "sentences")
words = [w.strip(".,;").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
common = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
width = max(len(w) for w, _ in common)
for word, n in common:
    print(f"{word:<{width}} {'#' * n} {n}")
lengths = [len(w) for w in words]
mean = sum(lengths) / len(lengths)
variance = sum((x - mean) ** 2 for x in lengths) / len(lengths)
print(f"mean={mean:.3f} var={variance:.3f} longest={max(words, key=len)!r}")
print(" ".join(w.capitalize() for w in sentences[-1].split()))
buckets = {}
for n in lengths:
    buckets[n] = buckets.get(n, 0) + 1
print(sorted(buckets.items()))
