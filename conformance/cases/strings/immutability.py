# Strings are immutable: methods return new strings; building a slug; item assignment fails.
title = "  Hello, World! Python 3.11 Rocks  "
lowered = title.lower()
print(repr(title), repr(lowered), title is lowered)


def slugify(text):
    out = []
    prev_dash = False
    for ch in text.strip().lower():
        if ch.isalnum():
            out.append(ch)
            prev_dash = False
        elif not prev_dash:
            out.append("-")
            prev_dash = True
    return "".join(out).strip("-")


print(slugify(title), slugify("  --Already--Slugged--  "), slugify("Ünïcödé Tëxt"))
s = "abc"
t = s
s += "def"
print(s, t)
chars = list("hello")
chars[0] = "j"
print("".join(chars))
word = "python"
word = word[:1].upper() + word[1:]
print(word, word.replace("P", "J"), word)
print("-".join(sorted("hello")), "hello"[::-1], "hello" * 0, "ab" * 3)
try:
    del word[0]
except TypeError as e:
    print("TypeError:", e)
try:
    word[0] = "J"
except TypeError as exc:
    print("TypeError:", exc)
