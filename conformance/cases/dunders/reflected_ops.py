# Reflected operators: __radd__ lets sum() work, NotImplemented falls through, subclasses go first.
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"{self.currency} {self.cents / 100:.2f}"

    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"cannot add {self.currency} and {other.currency}")
            return Money(self.cents + other.cents, self.currency)
        if other == 0:
            return self
        return NotImplemented

    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        return self.__add__(other)

    def __rsub__(self, other):
        return Money(other * 100 - self.cents, self.currency)

    def __rmul__(self, k):
        return Money(self.cents * k, self.currency)


wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet))
print(10 - Money(250), 3 * Money(99))


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Base(), Base() + Derived(), Derived() + Base(), 1 + Base())


class OnlyLeft:
    def __sub__(self, other):
        return NotImplemented


class OnlyRight:
    def __rsub__(self, other):
        return "OnlyRight.__rsub__"


print(OnlyLeft() - OnlyRight())
print(Money(1, "EUR") + Money(1, "USD"))
