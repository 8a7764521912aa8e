# Indexing, slicing with steps, iteration, unicode and repr quoting.
word = "conformance"
print(word[0], word[-1], word[2:5], word[:4], word[4:], word[::2], word[::-1], word[-3:])
print(word[1:-1:3], word[100:], word[-100:3], len(word))
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch) - ord("a"))

print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("line\nbreak\ttab\\"))
print(repr("caf\u00e9"), repr("\x00\x7f"), repr("snow \u2603"), len("\U0001F600"))
print("x" in word, word.count("n"), sorted(set("banana")))
text = """Multi-line
string with 'quotes'
and "double quotes"."""
print(text)
print(r"raw \n stays", b"bytes\x41", rb"\d+")
print("implicit" " concatenation" ' works')
print(word[20])
