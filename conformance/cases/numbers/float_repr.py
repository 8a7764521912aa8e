# Float repr, rounding, special values and conversions.
values = [0.1 + 0.2, 1 / 3, 2.5, 1e16, 1e-5, 0.0001, 123456789012345.0, -0.0, 1e300 * 1e10]
for v in values:
    print(repr(v), str(v))

print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2))
print(float("inf") > 1e308, float("nan") == float("nan"))
print(int(3.99), int(-3.99), float("1e3"), float(" 2.5 "))
print((0.1).as_integer_ratio(), (2.5).is_integer(), 7.0.is_integer())
print(3.0 * 2, 7 / 2, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(1e-7, 1.5e-7, 12e5, 1.0e22, 5e-324)
print(sum([0.1] * 10), 0.1 * 3, 2 ** 0.5)
print(divmod(7.5, 2), abs(-0.0), max(1.5, 2))
