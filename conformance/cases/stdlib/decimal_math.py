# Decimal's mathematical functions: sqrt, exp, ln, log10, power, fma, logb.
from decimal import Decimal, getcontext, localcontext

values = [Decimal("2"), Decimal("0.5"), Decimal("10"), Decimal("1E+3"), Decimal("123.456")]
for v in values:
    print(f"{v!s:>8} sqrt={v.sqrt()} ln={v.ln()} log10={v.log10()}")
print(Decimal(1).exp(), Decimal(-1).exp(), Decimal("0.001").exp())
print(Decimal(10).log10(), Decimal("0.001").log10(), Decimal(100).ln())
print(Decimal(2) ** 10, Decimal(2) ** -2, Decimal("1.5") ** 3, Decimal(4) ** Decimal("0.5"))
print(Decimal(2) ** Decimal("0.5"), Decimal("-8") ** 3, Decimal(0) ** 5)
print(Decimal(2).fma(3, 4), Decimal("12345").logb(), Decimal("0.00123").logb())
print(Decimal(7).compare(Decimal(5)), Decimal(5).compare(Decimal(7)), Decimal(5).compare(5))
print(Decimal("-7.5").copy_abs(), Decimal("7.5").copy_negate(), Decimal(3).copy_sign(Decimal(-1)))
print(max(Decimal("1.5"), Decimal("1.50")), Decimal("1.5").max(Decimal("2")), Decimal("1.5").min(Decimal("2")))
print(Decimal("1.30").max_mag(Decimal("-1.4")), Decimal("-3").min_mag(Decimal("2")))
print(Decimal(10).remainder_near(3), Decimal(11).remainder_near(3), Decimal(-7) % 3, Decimal(-7) // 3)
print(divmod(Decimal("7.5"), 2), divmod(Decimal(-7), Decimal(2)))
print(Decimal("5.5").next_plus(), Decimal("5.5").next_minus(), Decimal(1).next_toward(2))
print(abs(Decimal("-3.20")), -Decimal("0"), +Decimal("-0"), Decimal("1.0") + Decimal("-1.0"))

# Computing pi with Decimal (from the decimal documentation recipes).
def pi():
    getcontext().prec += 2
    three = Decimal(3)
    lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    getcontext().prec -= 2
    return +s

print(pi())
with localcontext() as ctx:
    ctx.prec = 60
    print(pi())

def exp_series(x):
    getcontext().prec += 2
    i, lasts, s, fact, num = 0, 0, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 1
        fact *= i
        num *= x
        s += num / fact
    getcontext().prec -= 2
    return +s

print(exp_series(Decimal(1)), exp_series(Decimal(1)) == Decimal(1).exp())
print(Decimal(2).sqrt() ** 2, (Decimal(2).sqrt() ** 2).quantize(Decimal("1.000")))
