# When both sides return NotImplemented Python raises TypeError with both type names.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented

    def __repr__(self):
        return f"{self.v}m"


class Feet:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.3048)
        return NotImplemented


print(Meters(2) + Meters(3), Meters(1) + Feet(10), Meters(1) < Meters(2))
checks = [
    lambda: Meters(1) + 5,
    lambda: 5 + Meters(1),
    lambda: Meters(1) < 5,
    lambda: Meters(1) - Meters(1),
    lambda: -Meters(1),
    lambda: Feet(1) + Meters(1),
    lambda: Meters(1) * "x",
    lambda: Meters(1) >= Meters(2),
]
for check in checks:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
print(sorted([Meters(3), Meters(1), Meters(2)]))
try:
    print(Meters(1) @ Meters(2))
except TypeError as exc:
    print("TypeError:", exc)
