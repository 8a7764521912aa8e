# Text statistics: string methods, dict counting, sorting with keys, generators.
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick brown dog? No - a lazy fox."""

def words(s):
    for line in s.splitlines():
        for raw in line.split():
            w = raw.strip(".,;!?-").lower()
            if w:
                yield w

freq = {}
for w in words(text):
    freq[w] = freq.get(w, 0) + 1

top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:>6} {'#' * n} ({n})")

lengths = [len(w) for w in words(text)]
print("avg length:", round(sum(lengths) / len(lengths), 3), "max:", max(lengths), "min:", min(lengths))
print("longest:", max(words(text), key=len), "| unique:", len(set(words(text))))
caps = [line[0] for line in text.splitlines()]
print(caps, "".join(reversed(caps)), text.count("fox"), text.find("lazy"), text.upper()[:9])
pairs = list(zip(lengths, lengths[1:]))
print(pairs[:3], any(a == b for a, b in pairs), all(n > 0 for n in lengths))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(map(str, range(5))), list(filter(lambda n: n % 2, range(10))))
