# math functions over user numbers: __float__, __index__, __floor__/__ceil__/__trunc__.
import math
from fractions import Fraction


class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __float__(self):
        return float(self.deg)


class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Cents:
    def __init__(self, cents):
        self.cents = cents

    def __float__(self):
        return self.cents / 100

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)


temps = [Celsius(21.5), Celsius(-3.25), Celsius(0)]
print([math.floor(t) for t in temps], [math.ceil(t) for t in temps])
print(math.sqrt(Celsius(16)), math.isclose(Celsius(0.1), 0.1), math.fabs(Celsius(-2)))
print(math.hypot(Celsius(3), Celsius(4)), math.copysign(1, Celsius(-0.0)), math.exp(Celsius(0)))
print(math.floor(Slot(7)), math.sqrt(Slot(49)), math.log(Slot(8), Slot(2)))
for c in (Cents(1999), Cents(-250), Cents(300)):
    print(c.cents, math.floor(c), math.ceil(c), math.trunc(c), float(c))
print(math.floor(Fraction(-7, 3)), math.ceil(Fraction(-7, 3)), math.trunc(Fraction(-7, 3)))
print(math.sqrt(Fraction(9, 4)), math.log10(Fraction(1000)), math.atan2(Fraction(1), Fraction(1)))

for fn in (math.floor, math.ceil, math.trunc, math.sqrt):
    for bad in (Celsius(1.5), Slot(3), "12", None):
        try:
            print(fn.__name__, type(bad).__name__, fn(bad))
        except TypeError as e:
            print(fn.__name__, type(bad).__name__, "TypeError:", e)
