# A hand-rolled dataclass decorator that reads class annotations to generate __init__, __repr__ and __eq__.
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: getattr(cls, f) for f in fields if hasattr(cls, f)}

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} fields, got {len(args)}")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{cls.__name__} has no field {k!r}")
            values[k] = v
        for f in fields:
            if f in values:
                setattr(self, f, values[f])
            elif f in defaults:
                setattr(self, f, defaults[f])
            else:
                raise TypeError(f"{cls.__name__} missing field {f!r}")

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    def __eq__(self, other):
        return type(other) is cls and all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    cls.fields = tuple(fields)
    return cls


@record
class Point:
    x: int
    y: int = 0


@record
class Order:
    id: int
    items: list
    status: str = "new"
    note: "str | None" = None


print(Point(1, 2), Point(3), Point(y=5, x=1), Point(1) == Point(1, 0), Point.fields)
o = Order(7, ["pen"], note="gift")
print(o, o == Order(7, ["pen"], "new", "gift"))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Order(1, [], color="red")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    Order(items=[])
except TypeError as exc:
    print("TypeError:", exc)
