# Class patterns with __match_args__ (positional) and keyword sub-patterns on geometry classes.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Rect:
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h


def describe(shape):
    match shape:
        case Point(0, 0):
            return "the origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"point ({shape.x}, {shape.y})"
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at the origin"
        case Circle(center=Point(x, y), radius=r) if r <= 0:
            return f"degenerate circle at ({x}, {y})"
        case Circle(c, r):
            return f"circle r={r} centred at ({c.x}, {c.y})"
        case Rect(_, w, h) if w == h:
            return f"square of side {w}"
        case Rect(Point(x, y), w, h):
            return f"rect {w}x{h} from ({x}, {y})"
        case _:
            return f"unknown shape {type(shape).__name__}"


shapes = [
    Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7),
    Circle(Point(0, 0), 4), Circle(Point(1, 1), 0), Circle(Point(2, 3), 1.5),
    Rect(Point(0, 0), 3, 3), Rect(Point(1, 2), 4, 6), "triangle",
]
for s in shapes:
    print(describe(s))
