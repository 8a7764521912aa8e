# bytearray as a growable buffer: append, extend, insert, slice assignment, pop, del and reverse.
buf = bytearray()
buf.append(0x7E)
buf.extend(b"HEAD")
buf += bytes([1, 2, 3])
buf.insert(1, 0x00)
print(buf, len(buf))
buf[0] = 0x7F
buf[2:6] = b"head"
print(buf)
buf[-3:] = b"\x09"
print(buf, buf.pop(), buf.pop(0), buf)
del buf[0]
print(buf)
buf.reverse()
print(buf, bytes(buf), buf.decode())
buf.remove(ord("a"))
print(buf, buf.index(ord("d")), buf.count(b"e"))
frame = bytearray(b"\x00" * 8)
for i in range(8):
    frame[i] = (i * 37) % 256
print(frame, list(frame), frame.hex())
frame[1:3] = b""
print(frame, len(frame))
frame.clear()
print(frame, frame == bytearray(), bytearray(b"x") == b"x")
ba = bytearray(b"hello world")
print(ba.upper(), ba.split(), ba.replace(b"o", b"0"), ba.title(), ba.find(b"wor"))
ba2 = ba.copy()
ba2[0] = ord("J")
print(ba, ba2, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba.append(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    ba.remove(ord("z"))
except ValueError as exc:
    print("ValueError:", exc)
