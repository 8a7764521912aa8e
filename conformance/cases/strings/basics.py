# str indexing, slicing, methods, f-strings, repr.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], len(s))
print(s.upper(), s.lower(), s.replace("l", "L", 2), s.find("o"), s.count("l"))
print(s.split(", "), "a  b   c".split(), ",".join(["x", "y", "z"]), s.startswith("Hell"))
print("  pad  ".strip() + "|", "xxhixx".strip("x"), "42".zfill(5), "ab".center(6, "*"))
print("title case words".title(), "CAPS".isupper(), "123".isdigit(), "abc".isalpha())
print(repr("it's"), repr('say "hi"'), repr("tab\there"), "multi\nline".splitlines())
name, n = "pyex", 3
print(f"{name!r} has {n} letters? {len(name) == n}", f"{name=}", f"{n * 2 = }")
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{x:>4}".format(x=7))
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print("a" < "b", "abc" * 2, "x" in "xyz", [c for c in "hey"], list(reversed("abc")))
print("€uro"[0], len("naïve"), "ß".upper(), ord("A"), chr(9731))
print(s[20])
