# Three-argument pow on ints and on user types that implement __pow__(other, mod).
from decimal import Decimal


class ModInt:
    def __init__(self, v):
        self.v = v

    def __pow__(self, other, mod=None):
        if mod is None:
            return ModInt(self.v ** other)
        return ModInt(pow(self.v, other, mod))

    def __repr__(self):
        return f"ModInt({self.v})"


print(pow(3, 4, 5), pow(2, -1, 7), pow(10**20, 3, 97))
print(pow(ModInt(3), 4), pow(ModInt(3), 4, 5))
print(pow(Decimal(3), 4, 5), pow(Decimal(7), 2, 10))


class NoMod:
    def __pow__(self, other, mod=None):
        if mod is not None:
            return NotImplemented
        return "plain"


print(pow(NoMod(), 2))
try:
    pow(NoMod(), 2, 3)
except TypeError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
