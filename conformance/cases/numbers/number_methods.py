# Methods and attributes of int, float and complex, with integer-valued edge cases.
for n in [0, 1, -1, 255, -256, 2**64, -(2**70) + 1, True]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator, n.as_integer_ratio(), n.conjugate())
for x in [0.0, -0.0, 1.5, -2.75, 1e300, 0.1, 3.0]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.real, x.imag)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x.8"), float.fromhex("inf"), (2.5).hex(), (1e-320).hex())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
z = complex("3-4j")
print(z, z.real, z.imag, z.conjugate(), abs(z), complex(" (1+2j) "), complex("-1.5e3j"), complex("inf+nanj"), complex(2, -0.0))
print((7).__add__(1), (7).__radd__(1), (7).__truediv__(2), (7.5).__rsub__(10), (2).__pow__(10), (7).__mul__(1.0), (1.0).__add__(1j))
print(int("١٢٣"), int("٣٤", 8), float("１.５"), int(" 42\n"), int("0x_ff", 16), int("0b1010", 0), int(b"77"), float("  -inf "))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), round(1e20, -21), round(7.0), divmod(-7, 2), divmod(7.5, -2))
print(pow(3, 4, 5), pow(2, -1, 7), pow(-2, 3), pow(2.0, -2), (-8) ** (1 / 3), 10 ** -2, pow(0, 0))
for bad in [lambda: int("12a"), lambda: int("1_"), lambda: float("1e"), lambda: complex("1+"), lambda: (1.5).hex(1),
            lambda: float.fromhex("0xg"), lambda: (-1).to_bytes(1, "big"), lambda: int(b"x"), lambda: complex("1", 2)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
(2**1000).to_bytes(4, "big")
