# Rational approximations: continued fractions, limit_denominator, Egyptian fractions.
import math
from fractions import Fraction


def continued(x, terms=8):
    out = []
    f = Fraction(x)
    for _ in range(terms):
        whole = math.floor(f)
        out.append(whole)
        f -= whole
        if f == 0:
            break
        f = 1 / f
    return out


def convergents(cf):
    h, h1 = 1, 0
    k, k1 = 0, 1
    for a in cf:
        h, h1 = a * h + h1, h
        k, k1 = a * k + k1, k
        yield Fraction(h, k)


def egyptian(f):
    parts = []
    while f.numerator:
        d = math.ceil(f.denominator / f.numerator) if False else -(-f.denominator // f.numerator)
        parts.append(Fraction(1, d))
        f -= Fraction(1, d)
    return parts


for name, x in [("pi", math.pi), ("e", math.e), ("sqrt2", math.sqrt(2)), ("phi", (1 + 5 ** 0.5) / 2)]:
    cf = continued(x)
    conv = list(convergents(cf))
    print(name, cf)
    print("   ", [str(c) for c in conv])
    for limit in (10, 100, 1000, 10**6):
        approx = Fraction(x).limit_denominator(limit)
        print(f"    <= {limit:>7}: {approx!s:>16} err={abs(float(approx) - x):.3e}")

for f in [Fraction(4, 13), Fraction(5, 6), Fraction(7, 15), Fraction(2, 3)]:
    parts = egyptian(f)
    print(f, "=", " + ".join(map(str, parts)), sum(parts) == f)

print(Fraction(3, 7).limit_denominator(7), Fraction(1, 1000).limit_denominator(10))
print(Fraction(-355, 113).limit_denominator(10), Fraction("0.333").limit_denominator(5))
print(math.floor(Fraction(-1, 2)), math.ceil(Fraction(-1, 2)), round(Fraction(-5, 2)), round(Fraction(-7, 2)))
print([round(Fraction(n, 4), 1) for n in range(-6, 7, 3)])
