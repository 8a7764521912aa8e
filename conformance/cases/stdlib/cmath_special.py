# Infinities, NaNs and errors: C99 Annex G special values as CPython's cmath gives them.
import cmath

inf, nan = float("inf"), float("nan")
specials = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(inf, inf),
            complex(-inf, -inf), complex(nan, 0), complex(0, nan), complex(inf, nan), complex(nan, inf),
            complex(inf, 1), complex(-inf, 1), complex(inf, -2.5), complex(1, inf)]
for name in ["sqrt", "exp", "log", "cosh", "sinh", "tanh", "acos", "asinh", "atanh", "cos", "sin", "tan"]:
    row = []
    for z in specials:
        try:
            row.append(str(getattr(cmath, name)(z)))
        except ValueError:
            row.append("ValueError")
        except OverflowError:
            row.append("OverflowError")
    print(f"{name:>5}", " ".join(row))

print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(inf, 0)), cmath.isinf(complex(0, -inf)), cmath.isinf(complex(nan, inf)))
print(cmath.isnan(complex(nan, 0)), cmath.isnan(1j), cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj))
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.cosh(800 + 1j), lambda: cmath.atanh(1),
            lambda: cmath.log(0j, 2), lambda: cmath.log(1, 1), lambda: cmath.rect(1, inf), lambda: cmath.polar(complex(1e308, 1e308)),
            lambda: cmath.sqrt("4"), lambda: cmath.sqrt(), lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1),
            lambda: cmath.phase(complex(1e20, 1e-310)), lambda: cmath.exp(complex(1, inf)), lambda: cmath.sqrt(10 ** 400)]:
    try:
        print("ok", bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(cmath.log(0, 2), cmath.exp(-inf), cmath.rect(inf, 0), cmath.rect(nan, 0))
cmath.sqrt(None)
