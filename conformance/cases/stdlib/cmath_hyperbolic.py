# Hyperbolic and inverse functions: identities, large arguments and overflow behaviour.
import cmath

samples = [0.5 + 0.25j, -2 + 1j, 0.1 - 3j, 5 + 0j, complex(0, 1.5)]
for z in samples:
    s, c, t = cmath.sinh(z), cmath.cosh(z), cmath.tanh(z)
    print(z, s, c, t)
    print("   c^2 - s^2 = 1:", cmath.isclose(c * c - s * s, 1, abs_tol=1e-9), " tanh = s/c:", cmath.isclose(t, s / c))
    print("   asinh(sinh z):", cmath.asinh(s), " acosh(cosh z):", cmath.acosh(c), " atanh(tanh z):", cmath.atanh(t))

for x in [10, 100, 700, 710, -710]:
    for f in (cmath.sinh, cmath.cosh, cmath.tanh, cmath.exp):
        try:
            r = f(complex(x, 0.5))
            print(f"{f.__name__}({x}+0.5j) = {r.real:.6e} {r.imag:+.6e}j")
        except OverflowError as e:
            print(f"{f.__name__}({x}+0.5j): OverflowError {e}")
print(cmath.tanh(1000 + 1j), cmath.tanh(-1000 - 1j), cmath.asinh(1e300), cmath.acosh(1e300 + 1e300j))
print(cmath.atanh(1e200 + 1j), cmath.atanh(0.5), cmath.atanh(-0.5 + 0j), cmath.atanh(complex(1, 1e-200)))
print(cmath.asinh(0j), cmath.asinh(complex(-0.0, -0.0)), cmath.acosh(1), cmath.acosh(-1))
