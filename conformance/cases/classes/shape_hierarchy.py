# A shape hierarchy: base class with shared behaviour, overrides, super().__init__ and polymorphism.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        return 0.0

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r**2

    def perimeter(self):
        return 2 * self.PI * self.r


class Blob(Shape):
    pass


shapes = [Rectangle(3, 4), Square(2.5), Circle(1), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(Shape.count, sorted(shapes, key=lambda s: s.area())[0].name)
print(isinstance(shapes[1], Rectangle), issubclass(Square, Shape), type(shapes[1]).__name__)
print(sum(s.area() for s in shapes if isinstance(s, Circle)))
print(Blob("blob").perimeter(), Shape.count)
Blob("blob").describe()
