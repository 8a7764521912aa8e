# Iterating over strings and bytes: characters, enumerate positions, counting and run detection.
text = "Mississippi River"
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
positions = [i for i, ch in enumerate(text) if ch in "sS"]
print(positions)
doubles = [text[i : i + 2] for i in range(len(text) - 1) if text[i] == text[i + 1]]
print(doubles)
vowels = sum(1 for ch in text if ch.lower() in "aeiou")
print(vowels, len(text) - vowels)
for i, ch in enumerate("héllo", 1):
    print(i, ch, ord(ch))
for b in "hé".encode():
    print(b, end=" ")
print()
print(list("abc"), list(b"abc"), [c for c in "a b" if c != " "], tuple("xy"))
word = "banana"
print([word[i:] for i in range(len(word))])
print(sorted(set(word)), "".join(sorted(word)), "".join(dict.fromkeys(word)))
it = iter("ok")
print(next(it), next(it), next(it, "<end>"))
caps = ""
for i, ch in enumerate("alternating caps"):
    caps += ch.upper() if i % 2 else ch
print(caps)
try:
    for ch in 12345:
        print(ch)
except TypeError as exc:
    print("TypeError:", exc)
