# Validation and derived fields with __post_init__, InitVar, field(init=False) and inheritance.
from dataclasses import dataclass, field, InitVar, asdict, is_dataclass, fields, MISSING
import math


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    label: str = field(default="rect", compare=False)

    def __post_init__(self):
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"invalid size {self.width}x{self.height}")
        self.area = self.width * self.height


@dataclass
class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")


@dataclass
class User:
    name: str
    password: InitVar[str]
    password_hash: int = field(init=False, repr=False)
    roles: list = field(default_factory=lambda: ["viewer"])

    def __post_init__(self, password):
        self.password_hash = sum(map(ord, password)) % 997


@dataclass
class Admin(User):
    level: int = 1

    def __post_init__(self, password):
        super().__post_init__(password)
        self.roles = self.roles + ["admin"]


@dataclass(kw_only=True)
class Circle:
    r: float
    name: str = "c"

    @property
    def circumference(self):
        return round(2 * math.pi * self.r, 2)


print(Rectangle(2, 3), Rectangle(2, 3) == Rectangle(2, 3, "other"))
print(Square(4), isinstance(Square(1), Rectangle))
u = User("ann", "s3cret")
print(u, u.password_hash, asdict(u))
a = Admin("root", "pw", level=9)
print(a, a.roles, [f.name for f in fields(a)])
print(Circle(r=1.5), Circle(r=2).circumference, is_dataclass(Circle), is_dataclass(Circle(r=1)))
print(fields(User)[2].default is MISSING, fields(User)[3].default_factory is not MISSING)
for bad in [lambda: Rectangle(0, 1), lambda: Circle(1), lambda: User("x"), lambda: Rectangle(1, 2, 3, 4, 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
print(Rectangle.__init__.__qualname__, Rectangle.__repr__(Rectangle(1, 1)))
Rectangle(-1, 5)
