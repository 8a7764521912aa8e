# Converting between rectangular, polar and exponential forms; formatting complex results.
import cmath
import math

def describe(z):
    r, phi = cmath.polar(z)
    return {
        "rect": (z.real, z.imag),
        "polar": (round(r, 6), round(phi, 6)),
        "degrees": round(math.degrees(phi), 4),
        "exp form": f"{r:.4f}*e^({phi:.4f}j)",
        "conj": z.conjugate(),
    }

for z in [1 + 1j, -3 + 4j, complex(0, -2), complex(-5, 0.0), 2.5]:
    info = describe(complex(z))
    print(z)
    for key, value in info.items():
        print(f"    {key:<9} {value}")
    back = cmath.rect(*cmath.polar(complex(z)))
    print("    round trip", cmath.isclose(back, z), back)

pairs = [(1, 0), (2, math.pi), (1, math.pi / 2), (3, -math.pi / 4), (0.5, 10), (1, -0.0), (0, 0)]
for r, phi in pairs:
    print(r, phi, cmath.rect(r, phi))
print(cmath.exp(complex(0, math.pi / 3)), cmath.exp(1), cmath.exp(0), cmath.exp(-1j))
print(cmath.log10(1000), cmath.log10(-100), cmath.log10(1j), cmath.log(cmath.e), cmath.log(1 + 0j))
print(cmath.sqrt(complex(3, 4)) ** 2, (3 + 4j) ** 0.5, abs(3 + 4j), complex("1+2j") * 2)
