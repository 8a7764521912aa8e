# Fraction arithmetic with ints, floats, complex numbers and other Fractions.
from fractions import Fraction
import math
import operator

a = Fraction(3, 4)
b = Fraction(-5, 6)
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul),
       ("/", operator.truediv), ("//", operator.floordiv), ("%", operator.mod)]
for other in (b, 2, -3, 0.5, True):
    row = []
    for sym, fn in ops:
        r = fn(a, other)
        row.append(f"{sym}{r!r}")
    print(repr(other), " ".join(row))
    print("   reflected:", other + a, other - a, other * a, other / a)

print(a * 1j, a + (2 + 3j), (1 - 1j) / a)
print(divmod(a, b), divmod(7, a), divmod(a, 0.25), divmod(Fraction(-7, 3), 2))
print(a ** 3, a ** -3, a ** 0, b ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(3))
print((-8) ** Fraction(1, 3))
print(Fraction(16) ** 0.25, 0.5 ** a)
print(pow(Fraction(2, 3), 5), -a, +b, abs(b))
print(math.floor(b), math.ceil(b), math.trunc(b), round(b), round(a), round(Fraction(5, 2)))
print(round(Fraction(22, 7), 3), round(Fraction(1234, 1), -2), int(b), float(b))
print(math.sqrt(Fraction(9, 16)), math.isclose(Fraction(1, 3), 0.3333333333333333))
print(a < b, a > b, a <= 0.75, a >= 1, a == 0.75, b != -0.8, a < 1, 1 > a)
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, Fraction(1) == 1 + 0j)
print(min(a, b, 0), max([0.7, a, Fraction(7, 10)]), bool(Fraction(0)), bool(b))
print(sum([Fraction(1, d) for d in range(1, 11)]))
print(math.prod([Fraction(k, k + 1) for k in range(1, 8)]))
print(Fraction(0.1) + Fraction(0.2) == Fraction(0.3), Fraction(1, 10) + Fraction(2, 10) == Fraction(3, 10))

for x, y in [(a, 0), (a, Fraction(0)), (1, Fraction(0))]:
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(a + "1")
except TypeError as e:
    print("TypeError:", e)
try:
    print(a < 1j)
except TypeError as e:
    print("TypeError:", e)
print(a // 0.0 if False else "skip", a % 2.5)
