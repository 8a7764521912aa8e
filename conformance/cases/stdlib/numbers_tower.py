# The numeric tower: isinstance/issubclass over builtins, Fraction and user classes.
import numbers
from fractions import Fraction

samples = [1, True, 2.5, 3 + 4j, Fraction(1, 3), "7", None, [1]]
abcs = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
print(" " * 18 + " ".join(f"{c.__name__:>8}" for c in abcs))
for s in samples:
    print(f"{s!r:18}" + " ".join(f"{str(isinstance(s, c)):>8}" for c in abcs))

print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Real))
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Number, numbers.Real))
print(issubclass(Fraction, numbers.Rational), Fraction.__mro__[1].__name__)
print([c.__name__ for c in numbers.Integral.__mro__])


def describe(x):
    if isinstance(x, numbers.Integral):
        return f"integral {x}"
    if isinstance(x, numbers.Rational):
        return f"rational {x.numerator}/{x.denominator}"
    if isinstance(x, numbers.Real):
        return f"real {x:.3f}"
    if isinstance(x, numbers.Complex):
        return f"complex re={x.real} im={x.imag}"
    return f"not a number: {type(x).__name__}"


for s in samples:
    print(describe(s))


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


numbers.Real.register(Meters)
print(isinstance(Meters(3), numbers.Real), isinstance(Meters(3), numbers.Rational))
print(issubclass(Meters, numbers.Complex), issubclass(Meters, numbers.Number))

try:
    numbers.Integral()
except TypeError as e:
    print("TypeError:", e)
print(hash(numbers.Number) is not None, numbers.Number.__hash__)
