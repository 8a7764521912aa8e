# The elementary complex functions, identities between them, and their branch cuts.
import cmath

zs = [0.5 + 0.5j, -1 + 2j, 3 - 4j, 1j, -2, 1e-8 + 1e-8j]
for z in zs:
    print(z)
    for name in ["exp", "log", "log10", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan",
                 "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
        try:
            print(f"   {name:>5}: {getattr(cmath, name)(z)}")
        except ValueError as e:
            print(f"   {name:>5}: ValueError {e}")

z = 0.3 + 0.7j
print(cmath.isclose(cmath.exp(cmath.log(z)), z), cmath.isclose(cmath.sin(z) ** 2 + cmath.cos(z) ** 2, 1))
print(cmath.isclose(cmath.tan(z), cmath.sin(z) / cmath.cos(z)), cmath.isclose(cmath.cosh(z) ** 2 - cmath.sinh(z) ** 2, 1))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1), cmath.log(2, 0.5))
print(cmath.exp(1j * cmath.pi), cmath.exp(1j * cmath.pi) + 1)

# Branch cuts: the sign of zero picks the side.
for x in [2.0, -2.0]:
    above, below = complex(x, 0.0), complex(x, -0.0)
    print(x, cmath.sqrt(complex(-x, 0.0)), cmath.sqrt(complex(-x, -0.0)))
    print("   asin", cmath.asin(above), cmath.asin(below))
    print("   acos", cmath.acos(above), cmath.acos(below))
    print("   atanh", cmath.atanh(above), cmath.atanh(below))
    print("   log", cmath.log(complex(-x, 0.0)), cmath.log(complex(-x, -0.0)))
print(cmath.atan(complex(0.0, 2)), cmath.atan(complex(-0.0, 2)), cmath.asinh(complex(0.0, 2)), cmath.asinh(complex(-0.0, 2)))
print(cmath.acosh(complex(0.5, 0.0)), cmath.acosh(complex(0.5, -0.0)))
