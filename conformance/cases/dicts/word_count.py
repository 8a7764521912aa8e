# Counting words by hand and with setdefault/get; a KeyError at the end.
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)

by_letter = {}
for word in text.split():
    by_letter.setdefault(word[0], []).append(word)
for letter in sorted(by_letter):
    print(letter, by_letter[letter])

lengths = {word: len(word) for word in set(text.split())}
print(sorted(lengths.items())[:4])
print(max(counts, key=counts.get), counts["the"])
print(counts["cat"])
