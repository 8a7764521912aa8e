# int() from strings in every base, bin/oct/hex, to_bytes/from_bytes and bit operations.
print(int("42"), int("-17"), int("  +8  "), int("1_000_000"), int("0"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0), int("101", 2))
print(int("0b1101", 0), int("z", 36), int("Hello", 36), int("10", 3))
print(bin(10), oct(64), hex(255), bin(-5), hex(-255), hex(2**70))
print(format(10, "b"), format(255, "x"), format(255, "#X"), format(8, "o"), format(5, "08b"))
n = 0b1011_0110
print(n, n.bit_length(), n.bit_count(), bin(n >> 2), bin(n << 3), bin(n & 0x0F), bin(n | 1), bin(n ^ 0xFF))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((255).to_bytes(1, "big"), int.from_bytes(bytes([1, 2, 3, 4]), "big"))
print((6).as_integer_ratio(), (-7).numerator, (9).denominator, (5).real, (5).imag, (5).conjugate())
print(int(True), int(3.7), int(-3.7), int("  12  "), int(b"34") if False else 34)


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(digits[d])
    return sign + "".join(reversed(out))


for value in (0, 255, -255, 1000, 2**40):
    print(value, to_base(value, 2), to_base(value, 7), to_base(value, 36), int(to_base(value, 36), 36) == value)
for bad in ["12a", "", "1__0", "0x10", " 1 2 "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    int("12", 1)
except ValueError as exc:
    print("ValueError:", exc)
