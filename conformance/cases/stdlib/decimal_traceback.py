# An uncaught decimal signal: the traceback shows C decimal's signal list.
from decimal import Decimal, getcontext

def average(values):
    total = sum(values, Decimal(0))
    return total / len(values)

print(average([Decimal("1.5"), Decimal("2.5"), Decimal("4")]))
getcontext().prec = 8
print(average([Decimal(1), Decimal(2), Decimal(2)]))
print(getcontext())
print(average([]))
