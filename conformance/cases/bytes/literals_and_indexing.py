# bytes literals, indexing (ints), slicing (bytes), iteration, constructors and comparisons.
data = b"Hello\x00\xffWorld"
print(data, len(data), data[0], data[-1], data[5], data[6])
print(data[:5], data[7:], data[::2], data[::-1][:5])
print(list(data[:5]), [hex(b) for b in data[5:7]])
print(bytes(4), bytes([65, 66, 67]), bytes(range(48, 58)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(b"abc" == bytes([97, 98, 99]), b"abc" < b"abd", b"a" * 3, b"ab" + b"cd", b"" == bytes())
print(97 in b"abc", b"bc" in b"abc", b"x" not in b"abc")
print(rb"\n raw", br"\d+", b"\n escaped", b'quote"s', b"it's")
total = 0
for byte in b"\x01\x02\x03\xfe":
    total += byte
print(total, sum(b"\x01\x02\x03\xfe"), max(b"hello"), min(b"hello"), sorted(b"dcba"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(type(data[0]).__name__, type(data[0:1]).__name__, data[0:1])
print(b"abc".count(b"b"), b"abcabc".index(b"c"), b"abc".decode(), str(b"abc"), str(b"abc", "ascii"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("text")
except TypeError as e:
    print("TypeError:", e)
try:
    print(data[20])
except IndexError as exc:
    print("IndexError:", exc)
