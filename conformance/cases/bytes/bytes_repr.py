# repr of bytes and bytearray: printable ASCII kept, escapes for the rest, quote selection.
samples = [
    b"plain",
    b"it's",
    b'say "hi"',
    b"both ' and \"",
    b"\\",
    b"\t\n\r",
    bytes(range(0, 8)),
    bytes(range(120, 130)),
    bytes([0x7F, 0x80, 0xFF]),
    b"",
]
for s in samples:
    print(repr(s), len(s))
print(bytearray(b"it's"), bytearray(), repr(bytearray(b"\x00a")))
print(str(b"x"), f"{b'x'}", f"{b'x'!r}", "%s|%r" % (b"a", b"a"))
print([b"a", bytearray(b"b")], {b"k": b"v"}, (b"t",))
table = bytes(range(32, 127))
print(table)
print(bytes(range(256))[::17])
