# Complex numbers: construction, arithmetic, attributes, repr and the quadratic formula.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w)
print(z.real, z.imag, z.conjugate(), abs(z), abs(w))
print(complex("1+2j"), complex(" 5j "), complex(2), complex(), 1j * 1j, (1j) ** 2)
print(repr(-0j), repr(complex(0, -0.0)), 0j == 0, (2 + 0j) == 2.0)
print(complex(1.5, 2.25), 1e20j, 1 + 1e-20j, complex(float("inf"), 1))
print((1 + 2j) ** 2, (2 + 3j) ** 0, pow(1j, 3))


def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    root = disc**0.5
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


print(quadratic(1, -3, 2))
print(quadratic(1, 2, 5))
print(quadratic(1, 0, 1))

points = [1 + 1j, -2 + 0.5j, 3 - 1j, -1 - 1j]
print(sorted(points, key=abs))
print(sum(points), sum(p.real for p in points), max(points, key=lambda p: p.imag))
rot = 1j
p = 2 + 1j
for _ in range(4):
    p *= rot
    print(p, end=" ")
print()
print(type(z).__name__, isinstance(z, complex), z == complex(3, 4), hash(5 + 0j) == hash(5))
try:
    print(z < w)
except TypeError as e:
    print("TypeError:", e)
try:
    print(int(z))
except TypeError as exc:
    print("TypeError:", exc)
