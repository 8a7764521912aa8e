# Base64 encoding and decoding implemented with bit operations on bytes.
ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i : i + 3]
        pad = 3 - len(chunk)
        n = int.from_bytes(chunk + b"\x00" * pad, "big")
        for shift in (18, 12, 6, 0):
            out.append(ALPHABET[(n >> shift) & 0x3F])
        if pad:
            out[-pad:] = b"=" * pad
    return bytes(out)


def b64decode(text):
    lookup = {c: i for i, c in enumerate(ALPHABET)}
    text = text.rstrip(b"=")
    out = bytearray()
    bits = 0
    nbits = 0
    for c in text:
        bits = (bits << 6) | lookup[c]
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)


for sample in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo 👋".encode(), bytes(range(10))]:
    enc = b64encode(sample)
    print(sample, enc, b64decode(enc) == sample)
print(b64decode(b"SGVsbG8sIFdvcmxkIQ==").decode())
b64decode(b"bad!")
