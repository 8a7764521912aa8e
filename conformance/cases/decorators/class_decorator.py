# Class decorators: registering classes, adding methods, auto-generated __repr__ and __eq__.
MODELS = {}


def register(cls):
    MODELS[cls.__name__.lower()] = cls
    return cls


def auto_repr(cls):
    fields = cls.fields

    def __repr__(self):
        values = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({values})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)

    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{cls.__name__} expects {len(fields)} values, got {len(args)}")
        for f, v in zip(fields, args):
            setattr(self, f, v)

    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__init__ = __init__
    cls.__hash__ = None
    return cls


@register
@auto_repr
class Point:
    fields = ("x", "y")

    def norm1(self):
        return abs(self.x) + abs(self.y)


@register
@auto_repr
class User:
    fields = ("name", "email", "admin")


p = Point(3, -4)
print(p, p.norm1(), p == Point(3, -4), p == Point(0, 0), p != Point(3, -4))
u = User("ann", "ann@x.io", False)
print(u, sorted(MODELS), MODELS["point"] is Point)
print(MODELS["user"]("bob", "b@x", True))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as exc:
    print("TypeError:", exc)
