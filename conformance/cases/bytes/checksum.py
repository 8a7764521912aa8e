# Checksums over bytes: additive mod 256, XOR, Fletcher-16, Adler-32 and a CRC-8.
def sum8(data):
    return sum(data) % 256


def xor8(data):
    result = 0
    for b in data:
        result ^= b
    return result


def fletcher16(data):
    s1 = s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            if crc & 0x80:
                crc = ((crc << 1) ^ poly) & 0xFF
            else:
                crc = (crc << 1) & 0xFF
    return crc


messages = [b"", b"a", b"abcde", b"Wikipedia", b"123456789", bytes(range(256))]
for m in messages:
    print(f"{m[:12]!r:18} sum8={sum8(m):3d} xor8={xor8(m):3d} f16={fletcher16(m):#06x} adler={adler32(m):#010x} crc8={crc8(m):#04x}")
packet = bytearray(b"\x02PAYLOAD")
packet.append(crc8(packet))
print(packet, crc8(packet) == 0)
corrupted = bytearray(packet)
corrupted[3] ^= 0x01
print(corrupted, crc8(corrupted))
