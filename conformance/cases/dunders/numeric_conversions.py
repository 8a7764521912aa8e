# Conversion dunders: __int__, __float__, __index__ (slicing, bin, range), __round__, __complex__, __abs__.
class Fraction:
    def __init__(self, num, den):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        self.num, self.den = num, den

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __round__(self, ndigits=None):
        return round(float(self), ndigits)

    def __complex__(self):
        return complex(float(self), 0)

    def __abs__(self):
        return Fraction(abs(self.num), abs(self.den))

    def __repr__(self):
        return f"{self.num}/{self.den}"


f = Fraction(-7, 2)
print(float(f), int(f), round(f), round(f, 1), complex(f), abs(f), f"{float(f):.3f}")
print(round(Fraction(5, 2)), round(Fraction(7, 2)), int(Fraction(99, 10)))


class Index:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


i2 = Index(2)
data = list(range(10))
print(data[i2], data[Index(1) : Index(7) : i2], bin(Index(5)), hex(Index(255)), oct(i2))
print(list(range(Index(3))), "abc" * Index(2), [0] * i2, int(Index(9)), float(Index(4)))
print(operator_free := (10).__index__(), (2.5).__int__(), (3).__float__())
try:
    data[Fraction(1, 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    range(Fraction(3, 1))
except TypeError as e:
    print("TypeError:", e)
print(float(Index(1)))
try:
    float(object())
except TypeError as exc:
    print("TypeError:", exc)
