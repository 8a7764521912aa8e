# struct: a binary record format (header + fixed-size rows), packed and parsed back.
import struct

HEADER = struct.Struct(">4sHI")
ROW = struct.Struct("<iHd?3s")
rows = [(1, 300, 19.99, True, b"EUR"), (-2, 7, -0.5, False, b"USD"), (3, 65535, 1e-3, True, b"GB")]
blob = HEADER.pack(b"RCD1", 1, len(rows)) + b"".join(ROW.pack(*r) for r in rows)
print(len(blob), HEADER.size, ROW.size, blob[:10])
magic, version, count = HEADER.unpack_from(blob)
print(magic, version, count)
for i, rec in enumerate(ROW.iter_unpack(blob[HEADER.size:])):
    print(i, rec)
print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.calcsize("<10sI"), struct.calcsize("@?d"))
print(struct.pack("<hhl", 1, 2, 3), struct.pack(">f", 0.1), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.pack("<e", 1.0), struct.unpack("<e", b"\x00\x3c"), struct.unpack("<d", b"\x00" * 7 + b"\xc0"))
print(struct.pack("!HH", 80, 443), struct.unpack("!I", bytes([192, 168, 0, 1])))
buf = bytearray(12)
struct.pack_into("<II", buf, 4, 7, 9)
print(buf, struct.unpack_from("<I", buf, 8), struct.pack("5p", b"abc"), struct.unpack("5p", b"\x03abc\x00"))
print(struct.pack("<?c2x", 5, b"z"), struct.unpack("<3B", b"abc"))
for fmt, *vals in [("<B", 300), ("<h", 40000), ("<I", -1), ("<q", 2**63), ("<2i", 1), ("<c", b"ab")]:
    try:
        struct.pack(fmt, *vals)
    except struct.error as e:
        print(fmt, "error:", e)
for fmt, data in [("<i", b"abc"), ("<hh", b"1234567")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print(fmt, "error:", e)
try:
    struct.pack("<f", 1e300)
except OverflowError as e:
    print("OverflowError:", e)
