# Packing sensor records into a binary blob with struct and BytesIO, then reading them back.
import io
import struct

RECORD = struct.Struct("<HhfB")
readings = [(1, -40, 21.5, 1), (2, 120, -3.25, 0), (513, 0, 1e3, 255)]

blob = io.BytesIO()
blob.write(b"SNSR")
blob.write(struct.pack("<I", len(readings)))
for r in readings:
    blob.write(RECORD.pack(*r))
data = blob.getvalue()
print(len(data), RECORD.size, data[:8], data[8:17].hex())

reader = io.BytesIO(data)
magic = reader.read(4)
(count,) = struct.unpack("<I", reader.read(4))
print(magic, count)
for _ in range(count):
    sid, temp, val, flag = RECORD.unpack(reader.read(RECORD.size))
    print(sid, temp, round(val, 3), flag)
print(reader.read(), reader.tell(), reader.seek(0), reader.read(2))

print(list(RECORD.iter_unpack(data[8:])))
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@bi"), struct.calcsize("=bi"))
print(struct.pack(">h", -2), struct.pack("!I", 1), struct.pack("3s", b"abcdef"), struct.pack("?", 5))
print(struct.unpack(">q", b"\xff" * 8), struct.unpack("<d", struct.pack("<d", 0.1)))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 7, -7)
print(buf, struct.unpack_from("<h", buf, 4))
b = io.BytesIO(b"line1\nline2\nrest")
print(b.readline(), b.readlines(), b.getbuffer().nbytes if hasattr(b, "getbuffer") else 0)
b2 = io.BytesIO()
b2.write(b"abcdef")
b2.seek(2)
b2.write(b"ZZ")
b2.truncate(5)
print(b2.getvalue(), b2.tell())
for bad in [lambda: struct.pack("<H", 70000), lambda: struct.pack("<h", 1.5),
            lambda: struct.unpack("<I", b"ab"), lambda: struct.pack("z", 1),
            lambda: struct.pack("<HH", 1), lambda: io.BytesIO().write("text")]:
    try:
        bad()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
RECORD.unpack(b"short")
