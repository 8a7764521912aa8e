# A Money class built on Decimal, with currency checks and allocation.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        self.amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money) or other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other!r}")

    def __add__(self, other):
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other):
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        return Money(self.amount * Decimal(str(factor)), self.currency)

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"

    def allocate(self, ratios):
        total = sum(ratios)
        shares = [(self.amount * r / total).quantize(Decimal("0.01"), rounding=ROUND_DOWN) for r in ratios]
        leftover = self.amount - sum(shares)
        i = 0
        while leftover > 0:
            shares[i] += Decimal("0.01")
            leftover -= Decimal("0.01")
            i += 1
        return [Money(s, self.currency) for s in shares]

class Percent(Decimal):
    def __str__(self):
        return f"{Decimal.__str__(self * 100)}%"

rent = Money("1250.00")
utilities = Money("187.455")
print(rent, utilities, repr(utilities))
print(rent + utilities, rent - utilities, utilities * 3, utilities * 0.5)
print(sorted([rent, utilities, Money(99)]))
print([str(m) for m in Money("100.00").allocate([1, 1, 1])])
print([str(m) for m in Money("1000").allocate([50, 30, 20])])
print(rent == Money("1250"), rent == Money("1250", "EUR"))
try:
    rent + Money(5, "EUR")
except ValueError as e:
    print("ValueError:", e)
p = Percent("0.075")
print(p, repr(p), isinstance(p, Decimal), type(p + 1).__name__, p * 2)
