# Unicode strings: code points, len, ord/chr, slicing by code point, encode/decode and escapes.
word = "naïve café 日本語 🐍"
print(len(word), word[2], word[-1], word[11:14], word[::-1])
print([ord(c) for c in "aé日🐍"], chr(97), chr(233), chr(0x65E5), chr(0x1F40D))
encoded = word.encode("utf-8")
print(len(encoded), encoded[:8], encoded.decode("utf-8") == word)
print("é".encode("latin-1"), "abc".encode("ascii"), "ü".encode("utf-16-le"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"))
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\U0001F600" == "😀", "\x41\x42")
print(repr("tab\there"), repr("new\nline"), repr("bell\x07"), repr("zero\x00"), repr("é日"), repr("\u200b"))
print(ascii("naïve 日本 🐍"), ascii("plain"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(sorted("Bäcker Apfel zebra Ähre".split()), sorted(["é", "e", "f", "E"]))
print("ǅ".upper(), "ǅ".lower(), "ﬁ".upper(), len("ﬁ".upper()), "İ".lower(), len("İ".lower()))
print("straße".upper(), "ΣΑΣ".lower(), "Σ".lower())
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("café".encode("ascii", errors="replace"), "café".encode("ascii", errors="ignore"))
print(b"\xff\xfe".decode("utf-8", errors="replace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as exc:
    print("UnicodeDecodeError:", exc)
