# __slots__ on tuple subclasses: instances made by tuple.__new__ in a custom
# __new__, or by a class built with type() and renamed, refuse new attributes.
def _new(cls, a, b):
    return tuple.__new__(cls, (a, b))


Pair = type("Pair", (tuple,), {"__slots__": (), "__new__": _new})
Pair.__module__ = "geometry"


class Triple(tuple):
    __slots__ = ()

    def __new__(cls, a, b, c):
        return super().__new__(cls, (a, b, c))

    @property
    def total(self):
        return sum(self)


for obj in (Pair(1, 2), Triple(1, 2, 3)):
    print(type(obj).__name__, tuple(obj), isinstance(obj, tuple), len(obj))
    try:
        obj.label = "x"
        print("set", obj.label)
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(obj, "__dict__"))

print(Triple(4, 5, 6).total, repr(Pair))
t = Triple(1, 1, 1)
t.total = 5
