# Class pattern errors: too many positional sub-patterns, and classes without __match_args__.
class Vector:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class NoArgs:
    def __init__(self, v):
        self.v = v


def check(obj):
    match obj:
        case Vector(x, y) if x == y:
            return "diagonal"
        case Vector(x=0):
            return "vertical"
        case NoArgs(v=v):
            return f"NoArgs with v={v}"
        case _:
            return "other"


print(check(Vector(2, 2)), check(Vector(0, 5)), check(NoArgs(3)), check(5))
try:
    match NoArgs(1):
        case NoArgs(value):
            print("not reached")
except TypeError as e:
    print("TypeError:", e)
try:
    match Vector(1, 2):
        case Vector(x=1, y=2, z=3):
            print("no z attribute")
        case _:
            print("missing attribute means no match")
except AttributeError as e:
    print("AttributeError:", e)
match Vector(1, 2):
    case Vector(a, b, c):
        print("not reached")
