# bytes are immutable, bytearray is not: converting between them when editing a buffer.
header = b"\x89PNG\r\n\x1a\n"
print(header, header.startswith(b"\x89PNG"), header[1:4].decode())
editable = bytearray(header)
editable[1:4] = b"JPG"
print(editable, bytes(editable), header)
frozen = bytes(editable)
print(frozen == editable, type(frozen).__name__, type(editable).__name__)
print(type(editable + b"!").__name__, type(b"!" + editable).__name__, type(frozen + b"!").__name__)
d = {frozen: "frozen key"}
print(d[bytes(editable)])
try:
    d[editable] = "nope"
except TypeError as e:
    print("TypeError:", e)
new = header.replace(b"PNG", b"GIF")
print(new, header)
try:
    header.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    header[0] = 0
except TypeError as exc:
    print("TypeError:", exc)
