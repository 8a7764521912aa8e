# math's float functions with CPython's error rules: overflow is OverflowError("math range
# error"), poles and out-of-domain arguments are ValueError("math domain error"), NaN passes.
import math

for name, args in [("exp", (1000,)), ("exp", (-1000,)), ("sinh", (710,)), ("cosh", (-1000,)), ("tanh", (1000,)),
                   ("atanh", (1,)), ("acosh", (0.5,)), ("asinh", (1,)), ("log1p", (-1,)), ("expm1", (1e-10,)),
                   ("exp2", (10,)), ("sqrt", (-1,)), ("pow", (10, 400)), ("pow", (0, -1)), ("pow", (2, math.nan)),
                   ("pow", (-8, 1 / 3)), ("sin", (math.inf,)), ("atan", (math.inf,)), ("degrees", (1e308,))]:
    try:
        print(f"{name}{args}", getattr(math, name)(*args))
    except (OverflowError, ValueError) as exc:
        print(f"{name}{args}", type(exc).__name__, exc)

print(math.fmod(5.5, 2), math.fmod(-5.5, 2), math.fmod(3, math.inf), 5.5 % -2, math.fmod(5.5, -2))
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(10, 3), math.remainder(3, math.inf))
print(math.modf(-3.5), math.modf(math.inf), math.modf(-0.0), math.modf(2.0))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(5e-324), math.frexp(-3.7), math.frexp(math.inf))
print(math.ldexp(0.75, 4), math.ldexp(3.0, -1075), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(5e-324, 1074))
print(math.ldexp(1.0, -10**400), math.ldexp(0.0, 10**400), math.ldexp(0.9999999999999999, 1024))
for x in [1.0, 0.1, 1e300, 5e-324, 123456.789]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x, math.ulp(x), math.nextafter(x, 0) < x < math.nextafter(x, math.inf))
print(math.nextafter(0.0, -1), math.ulp(0.0), math.ulp(math.inf), math.ulp(-2.0))
for bad in [lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.remainder(1, 0),
            lambda: math.ldexp(1.0, 2.0), lambda: math.ldexp(1.0, 1024)]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
print(math.exp(710))
