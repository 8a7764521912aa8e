# __slots__ restricts the attributes instances may hold and removes __dict__.

class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


class Vector3(Vector):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Tagged(Vector):
    """No __slots__ of its own: instances get a __dict__ again."""


class Hybrid:
    __slots__ = ("a", "__dict__")


v = Vector(1, 2)
v.x = 10
print(v, hasattr(v, "__dict__"))
for obj, attr in [(v, "z"), (Vector3(1, 2, 3), "z"), (Vector3(1, 2, 3), "w"),
                  (Tagged(1, 2), "label"), (Hybrid(), "anything")]:
    try:
        setattr(obj, attr, 99)
        print("set", type(obj).__name__, attr, getattr(obj, attr))
    except AttributeError as e:
        print("AttributeError:", e)

try:
    vars(v)
except TypeError as e:
    print("TypeError:", e)

try:
    v.__dict__
except AttributeError as e:
    print("AttributeError:", e)

try:
    Vector3(1, 2, 3).color = "red"
except AttributeError as e:
    print("AttributeError:", e)

print(sorted(Tagged(1, 2).__dict__.keys() - {"x", "y"}))
v.color = "blue"
