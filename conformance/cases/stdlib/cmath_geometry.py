# 2-D geometry with complex numbers: rotations, polygon area, angles between vectors.
import cmath
import math

def rotate(p, degrees, about=0j):
    return (p - about) * cmath.rect(1, math.radians(degrees)) + about

def polygon_area(points):
    total = 0.0
    for a, b in zip(points, points[1:] + points[:1]):
        total += (a.conjugate() * b).imag
    return abs(total) / 2

def angle_between(u, v):
    return math.degrees(cmath.phase(v / u))

square = [0j, 2 + 0j, 2 + 2j, 2j]
print("area", polygon_area(square))
turned = [rotate(p, 45, about=1 + 1j) for p in square]
print("rotated", [f"({p.real:.3f}, {p.imag:.3f})" for p in turned])
print("area after rotation", round(polygon_area(turned), 10))
hexagon = [cmath.rect(3, k * math.pi / 3) for k in range(6)]
print("hexagon area", round(polygon_area(hexagon), 6), "expected", round(3 * math.sqrt(3) / 2 * 9, 6))
for u, v in [(1 + 0j, 1j), (1 + 1j, -1 + 1j), (1 + 0j, -1 + 0j), (3 + 4j, 4 + 3j), (1j, complex(1, -0.0))]:
    print(u, v, round(angle_between(u, v), 6))
centroid = sum(hexagon) / len(hexagon)
print("centroid ~ 0:", cmath.isclose(centroid, 0, abs_tol=1e-12))
distances = sorted(abs(p - (1 + 1j)) for p in hexagon)
print([round(d, 4) for d in distances])
path = [0j]
for step, turn in [(1, 0), (1, 90), (2, 90), (1, -45), (3, 135)]:
    heading = cmath.exp(1j * math.radians(turn)) if len(path) == 1 else (path[-1] - path[-2]) / abs(path[-1] - path[-2]) * cmath.exp(1j * math.radians(turn))
    path.append(path[-1] + step * heading)
print([f"{p.real:+.3f}{p.imag:+.3f}j" for p in path])
