# Phasors in an AC circuit: polar/rect conversions, phase angles in degrees.
import cmath
import math

def phasor(magnitude, degrees):
    return cmath.rect(magnitude, math.radians(degrees))

def show(label, z):
    r, phi = cmath.polar(z)
    print(f"{label:>10}: {z.real:9.4f} {z.imag:+9.4f}j  |z|={r:8.4f}  angle={math.degrees(phi):8.3f} deg")

V = phasor(230, 0)
f = 50
omega = 2 * cmath.pi * f
R, L, C = 10.0, 0.05, 200e-6
Z_R = complex(R, 0)
Z_L = complex(0, omega * L)
Z_C = complex(0, -1 / (omega * C))
Z = Z_R + Z_L + Z_C
I = V / Z
show("V", V)
show("Z_L", Z_L)
show("Z_C", Z_C)
show("Z", Z)
show("I", I)
S = V * I.conjugate()
print(f"apparent {abs(S):.2f} VA, real {S.real:.2f} W, reactive {S.imag:.2f} var, pf {math.cos(cmath.phase(Z)):.4f}")

for z in [1, -1, 1j, -1j, complex(-1, 0.0), complex(-1, -0.0), 0, complex(0, -0.0), complex(-0.0, 0), 3 + 4j]:
    print(repr(z), cmath.phase(z), cmath.polar(z))
print(cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0), cmath.rect(-1, 0), cmath.rect(0, 1), cmath.rect(1, -0.0))
print(cmath.polar(complex(1e308, 1e308)) if False else cmath.polar(complex(3e300, 4e300)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
