# Encoding and decoding text with every error handler, and the exact UnicodeError messages.
samples = ["plain", "café", "naïve 日本", "emoji 🐍!", "€100"]
for text in samples:
    row = []
    for enc in ["utf-8", "latin-1", "ascii", "utf-16-le"]:
        try:
            data = text.encode(enc)
            row.append(f"{enc}:{len(data)}")
        except UnicodeEncodeError as e:
            row.append(f"{enc}:ERR")
    print(f"{text!r:16}", " ".join(row))
for handler in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(handler, "naïve €5 🐍".encode("ascii", handler))
for blob in [b"caf\xc3\xa9", b"caf\xe9", b"\xff\xfeh\x00i\x00", b"abc\x80def", b"\xe2\x82"]:
    out = []
    for handler in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            out.append(repr(blob.decode("utf-8", handler)))
        except UnicodeDecodeError as e:
            out.append("ERR")
    print(blob, out)
print(b"caf\xe9".decode("latin-1"), "héllo".encode("utf-16"), b"\xff\xfeh\x00i\x00".decode("utf-16"))
print("Straße".encode("utf-32-be")[:8], len("Straße".encode("utf-32")))
print(str(b"bytes as text", "ascii"), str(b"\xe9t\xe9", "latin-1"), bytes("ok", "utf-8"))
for bad in [lambda: "é".encode("ascii"), lambda: "ab€€c".encode("latin-1"), lambda: b"\xc3(".decode(),
            lambda: b"ab\xe9".decode("ascii"), lambda: "x".encode("klingon"), lambda: b"x".decode("utf-8", "nope") or b"\xff".decode("utf-8", "nope")]:
    try:
        bad()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
b"\xf0\x9f\x90".decode("utf-8")
