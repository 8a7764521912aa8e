# An ASCII Mandelbrot set with complex numbers, escape times and cmath helpers.
import cmath

def escape_time(c, limit=30):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit

chars = " .:-=+*#%@"
for row in range(11):
    y = 1.2 - row * 0.24
    line = ""
    for col in range(40):
        x = -2.1 + col * 0.07
        n = escape_time(complex(x, y))
        line += chars[min(n * len(chars) // 31, len(chars) - 1)]
    print(line.rstrip())

points = [0j, -1 + 0j, 1j, 0.25 + 0j, 0.26 + 0j, -0.75 + 0.1j, -2 + 0j]
for c in points:
    print(repr(c), escape_time(c, 100), cmath.isfinite(c * c), round(abs(c), 3), cmath.phase(c) if c else 0.0)
z = 1j
orbit = []
for _ in range(6):
    z = z * z + 1j
    orbit.append(z)
print(orbit)
print(sum(orbit), max(orbit, key=abs), sorted(orbit, key=lambda w: (w.real, w.imag)))
