# A user class implementing numbers.Integral through the ABC's mixin methods.
import numbers
import math
from fractions import Fraction


class Mod7(numbers.Integral):
    """An integer modulo 7 (a toy Integral)."""

    def __init__(self, v):
        self.v = int(v) % 7

    def __int__(self):
        return self.v

    def __repr__(self):
        return f"Mod7({self.v})"

    def _wrap(op):
        def fwd(self, other):
            if isinstance(other, Mod7):
                other = other.v
            if isinstance(other, int):
                return Mod7(op(self.v, other))
            return NotImplemented

        def rev(self, other):
            if isinstance(other, int):
                return Mod7(op(other, self.v))
            return NotImplemented
        return fwd, rev

    __add__, __radd__ = _wrap(lambda a, b: a + b)
    __sub__, __rsub__ = _wrap(lambda a, b: a - b)
    __mul__, __rmul__ = _wrap(lambda a, b: a * b)
    __floordiv__, __rfloordiv__ = _wrap(lambda a, b: a // b)
    __mod__, __rmod__ = _wrap(lambda a, b: a % b)
    __and__, __rand__ = _wrap(lambda a, b: a & b)
    __or__, __ror__ = _wrap(lambda a, b: a | b)
    __xor__, __rxor__ = _wrap(lambda a, b: a ^ b)
    __lshift__, __rlshift__ = _wrap(lambda a, b: a << b)
    __rshift__, __rrshift__ = _wrap(lambda a, b: a >> b)

    def __truediv__(self, other):
        return Fraction(self.v, int(other))

    def __rtruediv__(self, other):
        return Fraction(int(other), self.v)

    def __pow__(self, exponent, modulus=None):
        return Mod7(pow(self.v, int(exponent), 7))

    def __rpow__(self, base):
        return base ** self.v

    def __neg__(self):
        return Mod7(-self.v)

    def __pos__(self):
        return self

    def __abs__(self):
        return self

    def __invert__(self):
        return Mod7(~self.v)

    def __lt__(self, other):
        return self.v < int(other)

    def __le__(self, other):
        return self.v <= int(other)

    def __eq__(self, other):
        return isinstance(other, (int, Mod7)) and self.v == int(other)

    def __hash__(self):
        return hash(self.v)

    def __trunc__(self):
        return self.v

    def __floor__(self):
        return self.v

    def __ceil__(self):
        return self.v

    def __round__(self, ndigits=None):
        return self.v


x, y = Mod7(5), Mod7(4)
print(x + y, x * y, x - y, 3 + x, x ** 3, x // 2, x % 3, -x, ~x)
print(x & 6, x | 2, x ^ 1, x << 1, x >> 1)
print(int(x), float(x), complex(x), x.numerator, x.denominator, x.real, x.imag)
print(x.conjugate(), x / y, 1 / x, Fraction(x) if False else Fraction(int(x), 1))
print(math.floor(x), math.ceil(x), math.trunc(x), round(x), [10, 20, 30, 40, 50, 60][x])
print(bin(x), hex(x), f"{int(x):03d}", sorted([Mod7(3), Mod7(10), Mod7(1)], key=int))
print(isinstance(x, numbers.Rational), isinstance(x, numbers.Real), x == 12, x == Mod7(12))
print(x > y, x >= y, y <= x, x != y)


class Half(numbers.Real):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])
