# Programs patch classes of the modules they import: a method replaced on a
# dataclass-made class, an enum's method, a base class attribute that
# subclasses inherit, and hooks (__getattr__, __setattr__) added to a class
# after its instances were used. Every later lookup sees the change.
import dataclasses
import enum
import json
from collections import OrderedDict, namedtuple


@dataclasses.dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p, p == Point(1, 2))
Point.__repr__ = lambda self: f"<{self.x},{self.y}>"
print(p, [Point(3, 4)])


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(Color.RED, Color.RED.name)
Color.describe = lambda self: f"{self.name.lower()}={self.value}"
print(Color.GREEN.describe())

Pair = namedtuple("Pair", "a b")
pair = Pair(1, 2)
print(pair, pair._asdict())
Pair.total = property(lambda self: self.a + self.b)
print(pair.total)


class Settings(OrderedDict):
    pass


s = Settings(a=1)
print(s, s.get("a"))


def fallback(self, name):
    return f"<missing {name}>"


Settings.__getattr__ = fallback
print(s.anything, s.get("a"))
del Settings.__getattr__
try:
    s.anything
except AttributeError as exc:
    print("AttributeError", exc)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"tags": {"b", "a"}}, cls=Encoder))
Encoder.default = lambda self, o: "patched"
print(json.dumps({"tags": {"b", "a"}}, cls=Encoder))


class Base:
    kind = "base"

    def describe(self):
        return self.kind


class Child(Base):
    pass


c = Child()
print(c.describe(), Child.kind)
Base.kind = "changed"
print(c.describe(), Child.kind)
Base.describe = lambda self: self.kind.upper()
print(c.describe())


def guarded(self, name, value):
    if name == "x" and value < 0:
        raise ValueError("negative")
    object.__setattr__(self, name, value)


Point.__setattr__ = guarded
q = Point(5, 6)
try:
    q.x = -1
except ValueError as exc:
    print("ValueError", exc)
print(q)


# Classes of the imported modules themselves.
from pydantic import BaseModel


class User(BaseModel):
    name: str


u = User(name="ann")
print(u.model_dump(), u.name)
BaseModel.greeting = lambda self: f"hello {self.name}"
print(u.greeting())
original_dump = BaseModel.model_dump
BaseModel.model_dump = lambda self, **kw: {"patched": sorted(kw)}
print(u.model_dump(mode="json"))
BaseModel.model_dump = original_dump
print(u.model_dump())

print(json.dumps({"n": 1}), json.JSONEncoder().encode([1, 2]))
json.JSONEncoder.item_separator = " | "
print(json.JSONEncoder().encode([1, 2]))
del json.JSONEncoder.item_separator
try:
    json.JSONEncoder().encode([1, 2])
except AttributeError as exc:
    print("AttributeError", exc)
json.JSONEncoder.item_separator = ", "
print(json.JSONEncoder().encode([1, 2]))
