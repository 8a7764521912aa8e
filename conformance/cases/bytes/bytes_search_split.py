# Parsing a raw HTTP response with bytes methods: split, partition, strip, find, replace, translate.
raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Count:  7 \r\nSet-Cookie: a=1; b=2\r\n\r\nline one\nline two\r\nlast"
head, _, body = raw.partition(b"\r\n\r\n")
status, *header_lines = head.split(b"\r\n")
version, code, reason = status.split(b" ", 2)
print(version, int(code), reason.lower(), reason.isupper(), code.isdigit())
headers = {}
for line in header_lines:
    name, sep, value = line.partition(b":")
    headers[name.strip().lower()] = value.strip()
print(headers)
print(headers[b"set-cookie"].split(b"; "), headers[b"x-count"].zfill(4), headers[b"x-count"].center(5, b"*"))
print(body.splitlines(), body.splitlines(keepends=True)[1])
print(body.find(b"line"), body.rfind(b"line"), body.index(b"two"), body.count(b"line"), body.find(b"zzz"))
print(body.replace(b"line", b"L", 1), body.upper().title(), body.rsplit(None, 1))
table = bytes.maketrans(b"aeiou", b"AEIOU")
print(body.translate(table), body.translate(None, b"aeiou \n\r"))
print(b"  padded\t".strip(), b"xxhixx".strip(b"x"), b"a,b,,c".split(b","), b"a b  c".split(maxsplit=1))
print(b"-".join([b"2024", b"01", b"31"]), b"".join(bytearray(b"ab") for _ in range(2)))
print(b"report.tar.gz".rpartition(b"."), b"report".removesuffix(b"port"), b"prefix-x".removeprefix(b"prefix-"))
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc", 0, 3), b"Hello World".swapcase(), b"hello world".capitalize())
print(b"\tcol1\tcol2".expandtabs(4), b"42".rjust(5, b"0"), b"ab".ljust(4) + b"|", b"abc".isalpha(), b" ".isspace())
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\x01\x02\x03".hex(":"), bytearray.fromhex("ff00"))
for bad in [lambda: b"abc".split(b""), lambda: b"abc".find("a"), lambda: b"a" + "b", lambda: b"x".join([b"a", 1]),
            lambda: bytes.fromhex("zz"), lambda: b"abc".index(b"d")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
