# Classes are objects: type(), three-argument type(), __name__, __bases__, __dict__ keys, __class__.
class Base:
    kind = "base"

    def hello(self):
        return f"hello from {type(self).__name__}"


def shout(self):
    return self.hello().upper()


Dynamic = type("Dynamic", (Base,), {"kind": "dynamic", "shout": shout, "level": 3})
d = Dynamic()
print(d.hello(), d.shout(), d.kind, Dynamic.level)
print(Dynamic.__name__, [b.__name__ for b in Dynamic.__bases__], [c.__name__ for c in Dynamic.__mro__])
print(type(d) is Dynamic, d.__class__.__name__, type(Dynamic).__name__, type(type).__name__)
print(sorted(k for k in vars(Dynamic) if not k.startswith("__")))
print(type(3).__name__, type("s").__name__, type(None).__name__, type(len).__name__, type(Base.hello).__name__)
print(type(d.hello).__name__, type(print).__name__, type(type(3)) is type)
Point = type("Point", (), {"__init__": lambda self, x, y: setattr(self, "xy", (x, y))})
print(Point(1, 2).xy, Point.__qualname__, Point.__module__)
factory = {name: type(name, (Base,), {"kind": name.lower()}) for name in ("Cat", "Dog")}
print([(n, c().kind, c().hello()) for n, c in factory.items()])
print(isinstance(d, Base), issubclass(Dynamic, Base), Base.__subclasses__()[0].__name__)
try:
    type("Bad", (Base,))
except TypeError as exc:
    print("TypeError:", exc)
