# Typed records and protocols: NamedTuple with methods, TypedDict totality, Protocol checks.
from typing import NamedTuple, Protocol, TypedDict, runtime_checkable, Optional, get_type_hints, NotRequired


class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: Optional[str] = None

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"


class User(TypedDict):
    name: str
    age: int
    email: NotRequired[str]


class PartialUser(User, total=False):
    nickname: str


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    size: int


class File:
    def __init__(self):
        self.size = 10

    def close(self):
        print("closed")


p, q = Point(3, 4), Point(0, label="origin")
print(p, repr(q), p.dist(q), p._fields, Point._field_defaults, p._asdict())
print(isinstance(p, tuple), p[0], p + q, sorted([p, q]), Point._make([1, 2, "m"]))
print(Point.__annotations__, get_type_hints(Point.dist))
print(type(Point).__name__, Point.__bases__, Point.__mro__)
u: User = User(name="ann", age=30)
print(u, type(u), User.__required_keys__ == {"name", "age"}, sorted(User.__optional_keys__))
print(sorted(PartialUser.__optional_keys__), sorted(PartialUser.__annotations__), PartialUser.__total__)
f = File()
print(isinstance(f, Closeable), isinstance(f, Sized2), isinstance("x", Closeable), isinstance(3, Sized2))


class Plain(Protocol):
    def run(self): ...


try:
    isinstance(f, Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("x", 1), Emp.__annotations__)
Movie = TypedDict("Movie", {"title": str, "year": int})
print(Movie(title="Heat", year=1995), Movie.__total__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError:", e)
p.x = 5
