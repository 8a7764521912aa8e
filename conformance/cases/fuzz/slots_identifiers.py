# type() checks __slots__ at class creation: strings, identifiers, one __dict__.
attempts = [
    ("a", "__dict_ _"), "a b", ["a", 1], ("__dict__", "__dict__"),
    ("1st",), ("x", "y"), "z", ("caf\u00e9",), (),
]
for slots in attempts:
    try:
        Point = type("Point", (), {"__slots__": slots})
        print("ok", Point.__slots__)
    except TypeError as e:
        print("TypeError:", e)


class Pair:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left, self.right = left, right


p = Pair(1, 2)
print(p.left + p.right)
try:
    p.middle = 3
except AttributeError as e:
    print("AttributeError:", e)


class Broken:
    __slots__ = ("ok", "not ok")
