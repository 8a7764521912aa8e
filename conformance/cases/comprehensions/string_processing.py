# Text processing with comprehensions: tokenizing, acronyms, character stats and word frequencies.
text = """Python is an interpreted, high-level and general-purpose programming language.
Python's design philosophy emphasizes code readability."""
words = [w.strip(".,'").lower() for w in text.split()]
print(words[:8], len(words))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
long_words = sorted({w for w in words if len(w) > 8}, key=lambda w: (-len(w), w))
print(long_words)
freq = {w: words.count(w) for w in words}
print(sorted(((c, w) for w, c in freq.items() if c > 1), reverse=True))
vowel_counts = {w: sum(ch in "aeiou" for ch in w) for w in words[:6]}
print(vowel_counts)
caps = [w for w in text.replace("\n", " ").split(" ") if w[:1].isupper()]
print(caps)
lines = text.splitlines()
print([len(line) for line in lines], [line.split()[-1] for line in lines])
hyphenated = [part for w in words if "-" in w for part in w.split("-")]
print(hyphenated)
char_classes = {
    "letters": sum(c.isalpha() for c in text),
    "spaces": sum(c.isspace() for c in text),
    "punct": sum(c in ".,'-" for c in text),
}
print(char_classes)
print([w.title() for w in "the end of text".split()], "-".join(reversed([w for w in "a b c".split()])))
