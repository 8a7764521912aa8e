# bytes methods mirror str methods: split, join, strip, replace, find, case, predicates, partition.
line = b"  GET /index.html HTTP/1.1\r\n"
method, path, version = line.strip().split()
print(method, path, version, version.split(b"/")[1])
headers_raw = b"Host: example.com\r\nAccept: */*\r\nX-Count: 42\r\n\r\n"
headers = {}
for h in headers_raw.split(b"\r\n"):
    if not h:
        continue
    name, _, value = h.partition(b": ")
    headers[name.lower()] = value
print(headers)
print(int(headers[b"x-count"]) + 1, headers[b"host"].decode())
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]))
print(b"hello".upper(), b"HeLLo".lower(), b"hello world".title(), b"hello".capitalize(), b"AbC".swapcase())
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"Ab".isupper(), b"ab".islower())
print(b"xxdataxx".strip(b"x"), b"data".center(10, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a.b.c".rsplit(b".", 1), b"one\ntwo\r\n".splitlines())
print(b"banana".replace(b"an", b"AN"), b"banana".count(b"a"), b"banana".find(b"nan"), b"banana".rfind(b"a"))
print(b"file.tar.gz".endswith((b".gz", b".zip")), b"file".startswith(b"fi"), b"prefix_x".removeprefix(b"prefix_"))
print(b"a\tb".expandtabs(4), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
print(b"abc".decode("ascii").upper().encode(), b"%d items" % 3)
try:
    b"abc".split("b")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".index(b"z")
except ValueError as exc:
    print("ValueError:", exc)
