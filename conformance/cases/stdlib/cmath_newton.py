# Newton's method in the complex plane: which root of z**3 - 1 each start point reaches.
import cmath

ROOTS = [cmath.rect(1, 2 * cmath.pi * k / 3) for k in range(3)]

def newton(z, steps=40):
    for i in range(steps):
        dz = (z ** 3 - 1) / (3 * z ** 2)
        z -= dz
        if abs(dz) < 1e-12:
            return z, i
    return z, steps

def basin(z):
    if z == 0:
        return "."
    w, _ = newton(z)
    for k, r in enumerate(ROOTS):
        if cmath.isclose(w, r, abs_tol=1e-9):
            return "ABC"[k]
    return "?"

for y in range(6, -7, -2):
    print("".join(basin(complex(x / 4, y / 4)) for x in range(-12, 13)))

for start in [2 + 0j, -1 + 1j, -1 - 1j, 0.1j, complex(-0.5, 0.0)]:
    w, steps = newton(start)
    print(f"{start!s:>10} -> {w.real:+.6f}{w.imag:+.6f}j in {steps} steps, phase {cmath.phase(w):+.4f}")
