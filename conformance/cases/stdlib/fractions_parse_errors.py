# Parsing Fractions from text, floats and ratios; CPython's error messages.
from fractions import Fraction

inputs = ["3/4", "  -7/21 ", "1.5", "-2e3", "1e-3", ".25", "5.", "+12", "1_000/3_000",
          "3.1415926535", "0/5", "10", "-0.0"]
for text in inputs:
    f = Fraction(text)
    print(f"{text!r:16} -> {f!s:>14} {f!r}")

for value in [0.1, 0.5, -1.75, 1e-10, 2.0 ** 60, 123.456]:
    f = Fraction(value)
    print(value, f, f.limit_denominator(1000), Fraction.from_float(value) == f)

print(Fraction(6, -8), Fraction(-6, -8), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(2.5, 1) if False else "")
print(Fraction(Fraction(3, 7)), Fraction(10, 4).numerator, Fraction(10, 4).denominator)
print(Fraction(7, 3).as_integer_ratio(), (0.375).as_integer_ratio(), Fraction(*(0.375).as_integer_ratio()))
print(Fraction.from_decimal(12), Fraction(-3).as_integer_ratio())

bad = ["x", "", "1/0", "3/", "/4", "1.2/3", "1//2", "1 / 2", "nan", "inf", "0x10", "1e", "--1", "1__0"]
for text in bad:
    try:
        print(Fraction(text))
    except (ValueError, ZeroDivisionError) as e:
        print(f"{text!r}: {type(e).__name__}: {e}")

for args in [(1, 0), (1.5, 2), ("1", 2), (None,), ([1, 2],), (1, 2.0)]:
    try:
        print(Fraction(*args))
    except (TypeError, ZeroDivisionError) as e:
        print(f"{args!r}: {type(e).__name__}: {e}")

for value in [float("nan"), float("inf"), float("-inf")]:
    try:
        Fraction(value)
    except (ValueError, OverflowError) as e:
        print(f"{value!r}: {type(e).__name__}: {e}")

for call in (lambda: Fraction.from_float("1.5"), lambda: Fraction.from_decimal(1.5),
             lambda: Fraction(1, 3).limit_denominator(0)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

total = Fraction(1, 2) + "1/2"
