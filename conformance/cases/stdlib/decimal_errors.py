# Signals, flags and traps: what raises and what is only recorded.
import decimal
from decimal import Decimal, getcontext, InvalidOperation, DivisionByZero

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except decimal.DecimalException as e:
        print(label, "raised", type(e).__name__, e.args)
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "raised", type(e).__name__, e)

attempt("bad literal", lambda: Decimal("12,5"))
attempt("div zero", lambda: Decimal(5) / 0)
attempt("zero/zero", lambda: Decimal(0) / 0)
attempt("mod zero", lambda: Decimal(5) % 0)
attempt("sqrt neg", lambda: Decimal(-4).sqrt())
attempt("inf-inf", lambda: Decimal("Infinity") - Decimal("Infinity"))
attempt("int nan", lambda: int(Decimal("NaN")))
attempt("int inf", lambda: int(Decimal("-Infinity")))
attempt("mix float", lambda: Decimal("1.5") + 1.5)
attempt("mix str", lambda: Decimal("1.5") * "2")
attempt("nan compare", lambda: Decimal("NaN") < 1)
attempt("nan equal", lambda: Decimal("NaN") == Decimal("NaN"))
attempt("quantize too big", lambda: Decimal("123456789").quantize(Decimal("1e-25")))
attempt("hash snan", lambda: hash(Decimal("sNaN")))
attempt("bad format", lambda: format(Decimal(1), "x"))
attempt("bad tuple", lambda: Decimal((3, (1,), 0)))

ctx = getcontext()
ctx.clear_flags()
print(Decimal(1) / 3, Decimal("1.5") * 2)
print([s.__name__ for s, v in ctx.flags.items() if v])
ctx.traps[decimal.Inexact] = True
attempt("trap inexact", lambda: Decimal(1) / 3)
print(Decimal(1) / 4)
ctx.traps[decimal.Inexact] = False
ctx.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0)
ctx.traps[DivisionByZero] = True
print(ctx)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
print(issubclass(decimal.FloatOperation, TypeError), decimal.ConversionSyntax.__mro__[1].__name__)
try:
    Decimal(10) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", repr(e))
Decimal("one hundred")
