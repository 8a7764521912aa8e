# Comparing and hashing Decimals with ints, floats and Fractions; sorting; dict keys.
from decimal import Decimal
from fractions import Fraction

a, b = Decimal("1.0"), Decimal("1.00")
print(a == b, a is b, hash(a) == hash(b), str(a), str(b))
print(Decimal(1) == 1, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal("0.5") == Fraction(1, 2))
print(Decimal(3) < 4, Decimal("2.5") > 2, Decimal("0.3") < Fraction(1, 3), Decimal("0.1") <= 0.1)
print(hash(Decimal(7)) == hash(7), hash(Decimal("0.5")) == hash(0.5), hash(Decimal("1.25")) == hash(Fraction(5, 4)))
print(hash(Decimal("Infinity")), hash(Decimal("-Infinity")), hash(Decimal(-1)), hash(Decimal("12345678901234567890.5")))

prices = [Decimal("10.5"), Decimal("2"), Decimal("-3.25"), Decimal("10.50"), Decimal("0"), Decimal("1e1")]
print(sorted(prices), min(prices), max(prices))
print(sorted(prices, reverse=True))
print(sorted([Decimal("1.5"), 1, 2.25, Fraction(7, 4)]))

ledger = {Decimal("1.0"): "one", Decimal(2): "two"}
print(ledger[Decimal("1.000")], ledger[1], ledger.get(2.0), Decimal(1) in {1, 2})
print(len({Decimal("1"), Decimal("1.0"), 1, 1.0, Fraction(2, 2)}))

nan = Decimal("NaN")
print(nan == nan, nan != nan, nan == 1, Decimal("NaN") in [nan])
print(Decimal("-0") == Decimal("0"), Decimal("Infinity") > 10**100, Decimal("-Infinity") < -1e308)
print(Decimal(5).compare_total(Decimal("5.0")), Decimal("5.0").compare_total(Decimal(5)))
print(Decimal(1).compare_signal(2), Decimal(2).compare(Decimal("NaN")))
print(sum(Decimal(i) / 10 for i in range(11)), sum([Decimal("0.1"), 1, 2]))
try:
    Decimal(1) < "2"
except TypeError as e:
    print("TypeError:", e)
try:
    Decimal("NaN") < Decimal(1)
except Exception as e:
    print(type(e).__name__, e)
