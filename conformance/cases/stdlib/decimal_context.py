# Precision and rounding with contexts: getcontext, localcontext, setcontext.
import decimal
from decimal import Decimal, Context, getcontext, setcontext, localcontext

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin)
print(Decimal(1) / Decimal(7))
ctx.prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
ctx.prec = 28

with localcontext() as lc:
    lc.prec = 50
    print(Decimal(2).sqrt())
    lc.rounding = decimal.ROUND_DOWN
    print(Decimal(2) / 3)
print(Decimal(2) / 3)

with localcontext(prec=5, rounding=decimal.ROUND_CEILING):
    print(Decimal("1.234561") + 0, -Decimal("1.234561") + 0)

modes = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
values = ["2.5", "-2.5", "1.15", "1.25", "-1.35", "0.05", "7.01"]
for mode in modes:
    row = [str(Decimal(v).quantize(Decimal("0.1"), rounding=mode)) for v in values]
    print(f"{mode:<16}", " ".join(f"{r:>5}" for r in row))

custom = Context(prec=4, rounding=decimal.ROUND_HALF_UP)
print(custom)
print(custom.add(Decimal("1.2345"), Decimal("0")), custom.divide(Decimal(10), Decimal(3)))
print(custom.multiply(Decimal("3.14159"), 2), custom.power(Decimal(2), 10))
setcontext(custom)
print(Decimal(1) / 3, getcontext().prec)
setcontext(decimal.DefaultContext)
print(Decimal(1) / 3)
print(decimal.BasicContext.prec, decimal.ExtendedContext.prec, decimal.ExtendedContext.rounding)
print(decimal.ExtendedContext.divide(Decimal(1), Decimal(0)))
print(repr(decimal.ExtendedContext.sqrt(Decimal(-1))))
