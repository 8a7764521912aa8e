# Operator overloading and the data model.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __lt__(self, other):
        return abs(self) < abs(other)


v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v - w, v * 3, 2 * w, repr(v), [v, w])
print(v == Vector(1, 2), v != w, abs(w), bool(Vector(0, 0)), len(v), v[1], list(w))
print(sorted([w, v]), max(v, w), {v: "a", Vector(1, 2): "b"})
x, y = w
print(x, y, str(v), f"{v!r} {v}")
print(v < w, w > v, v <= w)
