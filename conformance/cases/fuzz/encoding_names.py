# Encoding names are normalised as codecs.lookup does: runs of punctuation
# collapse to one underscore, leading and trailing ones go, case is ignored.
text = "sensör-7"
for name in ["utf-8", "UTF8", "utf_8", "Utf 8", "utf-@", "utf--8", "-utf-8-", "latin-",
             "Latin_1", "ISO-8859-1", "iso8859_1", "us-ascii", "ASCII", "utf-16-le",
             "UTF_16 BE", "utf-32"]:
    try:
        data = text.encode(name)
        print(f"{name!r:14} {data!r} {data.decode(name) == text}")
    except UnicodeEncodeError as e:
        print(f"{name!r:14} {type(e).__name__}: {e}")

for name in ["utf-9", "", "@", "latin-2x", "utf 8 8"]:
    try:
        "x".encode(name)
        print(name, "ok")
    except LookupError as e:
        print("LookupError:", e)

print(b"caf\xc3\xa9".decode("UTF--8"), str(b"caf\xe9", "latin_"))
