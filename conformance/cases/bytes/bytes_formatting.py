# bytes %-formatting, bytes() construction from every source, comparisons and hashing.
record = b"%-8s|%5d|%08.3f|%x|%c%c" % (b"sensor", 42, 3.14159, 255, 65, b"Z")
print(record, len(record))
print(b"%s=%r" % (b"key", "val"), b"%a" % "café", b"%%d literal" % (), b"%(n)s!" % {b"n": b"named"})
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes("é", "utf-8"))
print(bytes(), bytearray(), bytearray(2), bytearray(range(3)), bytearray("ñ", "latin-1"))


class Packet:
    def __init__(self, kind, size):
        self.kind, self.size = kind, size

    def __bytes__(self):
        return bytes([self.kind]) + self.size.to_bytes(2, "little")


print(bytes(Packet(7, 513)), list(bytes(Packet(1, 2))))
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == bytearray(b"abc"), b"" < b"\x00", max([b"z", b"aa", b"m"]))
print(hash(b"key") == hash(b"key"), len({b"a", b"a", bytes([97]), b"b"}), {b"k": 1}[b"k"], sorted([b"b", b"A", b"a"]))
print(b"ab" * 3, 2 * b"-", b"x" + bytearray(b"y"), list(b"hi"), [hex(b) for b in b"\x00\x7f\xff"])
print(b"abc"[1], b"abc"[-1:], b"abcdef"[::2], b"abc"[5:], bytearray(b"abc")[0:2])
for bad in [lambda: b"%d" % b"x", lambda: b"%s" % "text", lambda: bytes([300]), lambda: bytes("x"),
            lambda: bytes(-1), lambda: b"%z" % 1, lambda: b"%s %s" % (b"one",), lambda: bytes(1.5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"a" + 1)
