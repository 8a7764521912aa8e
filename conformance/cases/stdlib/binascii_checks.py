# binascii: hex dumps, CRC-32 checksums of records, base64 lines.
import binascii


def hexdump(data, width=8):
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexpart = binascii.hexlify(chunk, " ").decode()
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{offset:04x}  {hexpart:<{width * 3}} {text}")


hexdump(b"Hello,\x00\x01 binary world!\xff\xfe")
records = [b"alpha", b"beta", b"gamma", b""]
for rec in records:
    print(rec, binascii.crc32(rec), hex(binascii.crc32(rec)))
running = 0
for rec in records:
    running = binascii.crc32(rec, running)
print("running:", running, binascii.crc32(b"".join(records)))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 0))
print(binascii.hexlify(b"\x00\xab\xff"), binascii.b2a_hex(b"xyz"), binascii.hexlify(b"abcdef", "-", 2))
print(binascii.unhexlify("48656c6c6f"), binascii.a2b_hex(b"00FF"))
line = binascii.b2a_base64(b"some bytes")
print(line, binascii.a2b_base64(line), binascii.b2a_base64(b"xy", newline=False))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    binascii.a2b_base64("abcde")
except binascii.Error as e:
    print("Error:", e)
print(binascii.a2b_base64("YWJj\nZGVm\n"), binascii.a2b_base64(b"YQ==junk"))
