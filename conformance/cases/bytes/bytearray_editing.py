# A mutable byte buffer: building a framed message in place with bytearray and memoryview.
frame = bytearray(b"\x02")
payload = "temp=21.5;hum=40".encode()
frame += len(payload).to_bytes(2, "big")
frame.extend(payload)
frame.append(sum(payload) % 256)
frame.append(0x03)
print(frame, len(frame))
print(frame[0], frame[1:3], int.from_bytes(frame[1:3], "big"), frame[-1])
frame[3:7] = b"TEMP"
print(frame[3:12].decode(), frame.find(b";"), frame.count(b"="), b"hum" in frame, 0x03 in frame)
del frame[0]
frame.insert(0, 0x7E)
print(frame[:4], frame.pop(), frame.pop(0), frame.startswith(b"\x00\x10"))
frame.reverse()
print(frame[:5])
frame.reverse()
frame.remove(0x3B)
print(frame)
view = memoryview(frame)
print(len(view), view[2], bytes(view[2:6]), view.tobytes()[-3:], view.nbytes, view.readonly)
with memoryview(b"abcdef") as m:
    print(m[1], m[1:4].tobytes(), m.tolist()[:3], m.hex())
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
copy = frame.copy()
copy[0] = 255
print(frame[0], copy[0], frame == copy, bytes(copy[:2]), copy.hex(" ")[:11])
buf = bytearray(4)
buf[1:3] = [65, 66]
buf[::3] = b"<>"
print(buf, buf * 2, buf + b"!", bytearray(b"x") + bytearray(b"y"))
for bad in [lambda: buf.append(256), lambda: buf.extend("str"), lambda: buf.insert(0, "a"),
            lambda: buf.remove(99), lambda: bytearray().pop(), lambda: {buf: 1}]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
buf[10]
