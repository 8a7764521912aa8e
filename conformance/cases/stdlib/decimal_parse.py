# Building Decimals from strings, ints, floats and tuples; inspecting them.
from decimal import Decimal

inputs = ["3.14", "  -0.0010 ", "1e5", "1E-7", "1_000.5", "+.5", "-Infinity", "nan", "sNaN123",
          "0.000", "12345678901234567890.123456789", "-0", "5.", "1.23E+10"]
for s in inputs:
    d = Decimal(s)
    print(f"{s!r:>34} -> {d!s:<32} {d!r}")

print(Decimal(42), Decimal(-10**30), Decimal(True), Decimal())
print(Decimal(0.1))
print(Decimal(1.5), Decimal(-2.75), Decimal(float("inf")), Decimal(float("-inf")))
print(Decimal.from_float(0.25), Decimal.from_float(3), Decimal.from_float(1e20))
print(Decimal((0, (3, 1, 4), -2)), Decimal((1, (1, 0, 0), 3)), Decimal((0, (), "F")))
print(Decimal([1, [4, 2], -1]))

for d in [Decimal("3.140"), Decimal("-0.001"), Decimal("Infinity"), Decimal("NaN"), Decimal("1E+2")]:
    print(d, d.as_tuple(), d.as_integer_ratio() if d.is_finite() else None)
t = Decimal("-12.50").as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__)

for d in [Decimal("0"), Decimal("-0"), Decimal("1.5"), Decimal("NaN"), Decimal("sNaN"), Decimal("-Inf"),
          Decimal("1E-999999"), Decimal("5E-1000005")]:
    print(d, d.is_zero(), d.is_signed(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(),
          d.is_finite(), d.is_normal(), d.is_subnormal(), d.number_class())

print(Decimal("123.4500").normalize(), Decimal("1200").normalize(), Decimal("0.00").normalize())
print(Decimal("1.2345").adjusted(), Decimal("12345").adjusted(), Decimal("0.001").adjusted())
print(Decimal("1.20").to_eng_string(), Decimal("12E+4").to_eng_string(), Decimal("1E-7").to_eng_string())
print(Decimal("123.456").to_integral_value(), Decimal("-2.5").to_integral(), Decimal("2.5").to_integral_exact())
print(Decimal("1.5").same_quantum(Decimal("2.7")), Decimal("1.5").same_quantum(Decimal("2.70")))
print(Decimal("3.7").canonical(), Decimal("7").radix(), Decimal("12.5").scaleb(2), Decimal("12.5").shift(1))
print(float(Decimal("1.1")), int(Decimal("-7.9")), complex(Decimal("2.5")), bool(Decimal("0.0")), bool(Decimal("0.1")))
print(Decimal("2.5").__floor__(), Decimal("2.5").__ceil__(), Decimal("-2.5").__trunc__())
import math
print(math.floor(Decimal("-2.5")), math.ceil(Decimal("-2.5")), math.trunc(Decimal("9.99")))
print(str(Decimal("1E+1")), str(Decimal("100E-2")), str(Decimal("0E+3")), str(Decimal("1.0E-10")))
