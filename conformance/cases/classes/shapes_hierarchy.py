# Shapes: inheritance, super().__init__, __str__/__repr__/__eq__/__lt__, sorting objects, properties.
import math

class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def __repr__(self):
        return f"Circle(r={self.r})"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    @property
    def is_square(self):
        return self.w == self.h

    def area(self):
        return self.w * self.h

    def __eq__(self, other):
        return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)

    def __repr__(self):
        return f"Rect({self.w}x{self.h})"

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(1, 8)]
for s in sorted(shapes):
    print(s)
print(sorted(shapes, reverse=True)[:2], max(shapes), min(shapes, key=lambda s: s.name))
print(Shape.count, Rect(2, 2) == Square(2), Rect(2, 2).is_square, Square(3).is_square, Rect(1, 2) != Rect(1, 2))
print([type(s).__name__ for s in shapes], isinstance(Square(1), Rect), issubclass(Square, Shape))
print(f"{sum(s.area() for s in shapes):.3f}", round(math.hypot(3, 4)), math.floor(-1.5))
Shape("blob").area()
