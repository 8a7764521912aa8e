# Solving quadratics and finding roots of unity with cmath.
import cmath

def solve_quadratic(a, b, c):
    disc = cmath.sqrt(b * b - 4 * a * c)
    return (-b + disc) / (2 * a), (-b - disc) / (2 * a)

for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 0, -2), (3, -1, 7)]:
    r1, r2 = solve_quadratic(*coeffs)
    print(coeffs, r1, r2)
    print("   check:", [abs(coeffs[0] * r * r + coeffs[1] * r + coeffs[2]) < 1e-12 for r in (r1, r2)])

def roots_of_unity(n):
    return [cmath.rect(1, 2 * cmath.pi * k / n) for k in range(n)]

for n in (2, 3, 4, 6):
    roots = roots_of_unity(n)
    print(n, [f"{z.real:+.4f}{z.imag:+.4f}j" for z in roots])
    print("   sum ~ 0:", abs(sum(roots)) < 1e-12, "product:", cmath.isclose(eval("*".join(["1"] + [repr(r) for r in roots])), (-1) ** (n + 1), abs_tol=1e-12))

def nth_roots(z, n):
    r, phi = cmath.polar(z)
    return [cmath.rect(r ** (1 / n), (phi + 2 * cmath.pi * k) / n) for k in range(n)]

for root in nth_roots(-8, 3):
    print(f"cube root of -8: {root.real:.6f}{root.imag:+.6f}j", cmath.isclose(root ** 3, -8, rel_tol=1e-9))
print(cmath.sqrt(-1), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(2j))
print(cmath.sqrt(1e-320), cmath.sqrt(complex(1e308, 1e308)))
