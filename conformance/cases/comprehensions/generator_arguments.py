# Generator expressions as the sole call argument, whose iterables end in tuples.
class Shape:
    def __init__(self, kind, sides):
        self.kind = kind
        self.sides = sides

    def has(self, n):
        return self.sides == n


shapes = [Shape("triangle", 3), Shape("square", 4), Shape("pentagon", 5)]
print(any(shapes[1].has(n) for n in (4,)))
print(all(s.sides > 2 for s in (shapes[0], shapes[1],)))
print(sum(n * n for n in (1, 2, 3,)))
print(sorted(s.kind for s in shapes if s.sides in (3, 5,)))
print(max((s.sides, s.kind) for s in shapes))
total = sum(len(s.kind) for s in shapes)
print(total)
