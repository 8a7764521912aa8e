# abc: abstract base classes, abstractmethod on methods and properties, partial implementations.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


class Named(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...


class Dog(Named):
    name = "dog"


print(Square(2).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC))
print(Dog().name, type(Shape).__name__, Shape.area.__isabstractmethod__)
for cls in (Shape, HalfDone, Named):
    try:
        cls()
    except TypeError as exc:
        print("TypeError:", exc)
HalfDone()
