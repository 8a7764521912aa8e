"""Classes: bases, keywords, decorators, properties, dataclasses."""
from dataclasses import dataclass, field


class Shape:
    """A shape with a name."""

    sides = 0

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    @property
    def area(self):
        raise NotImplementedError

    @staticmethod
    def unit():
        return 1

    @classmethod
    def named(cls, name, *args, **kwargs):
        return cls(name, *args, **kwargs)


class Square(Shape, metaclass=type):
    sides = 4

    def __init__(self, name, side):
        super().__init__(name)
        self.side = side

    @property
    def area(self):
        return self.side ** 2


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    tags: list = field(default_factory=list)

    def distance(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


class Empty: ...


class Meta(type):
    def __new__(mcs, name, bases, namespace, **kwargs):
        return super().__new__(mcs, name, bases, namespace)
