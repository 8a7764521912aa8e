# Converting between text, bytes, hex strings and integers; a hexdump routine.
def hexdump(data, width=8):
    for offset in range(0, len(data), width):
        chunk = data[offset : offset + width]
        hex_part = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{offset:04x}  {hex_part:<{width * 3 - 1}}  |{text}|")


message = "Héllo, wörld! 👋\n".encode("utf-8")
hexdump(message)
print(message.hex())
back = bytes.fromhex(message.hex())
print(back == message, back.decode("utf-8").strip())
for text in ["A", "é", "€", "𝄞"]:
    enc = text.encode("utf-8")
    print(text, len(enc), enc, enc.hex(" "), [bin(b) for b in enc])
print("abc".encode("utf-16"), "abc".encode("utf-16-be"), "é".encode("utf-32-le"))
print(bytes.fromhex("48656c6c6f").decode("ascii"), bytearray.fromhex("ff 00"))
number = 0xCAFEBABE
raw = number.to_bytes(4, "big")
print(raw, raw.hex(), int.from_bytes(raw, "big") == number, int.from_bytes(raw, "little"))
print(b"%s=%d (%x)" % (b"key", 42, 255), b"%5s|%-5s|" % (b"ab", b"cd"), b"%c%c" % (72, b"i"))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    "日本".encode("latin-1")
except UnicodeEncodeError as exc:
    print("UnicodeEncodeError:", exc)
