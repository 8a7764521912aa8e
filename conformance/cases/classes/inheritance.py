# Class hierarchies, super(), method resolution order, isinstance.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"


class Rectangle(Shape):
    sides = 4

    def __init__(self, width, height):
        super().__init__("rectangle")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return 3.14159 * self.radius ** 2


shapes = [Rectangle(2, 3), Square(4), Circle(1)]
for shape in shapes:
    print(shape.describe())
print([cls.__name__ for cls in Square.__mro__])
print(isinstance(shapes[1], Rectangle), issubclass(Circle, Rectangle), type(shapes[2]) is Circle)
print(sorted(shapes, key=lambda s: s.area())[0].name)


class A:
    def hello(self):
        return "A"


class B(A):
    def hello(self):
        return "B" + super().hello()


class C(A):
    def hello(self):
        return "C" + super().hello()


class D(B, C):
    def hello(self):
        return "D" + super().hello()


print(D().hello(), [k.__name__ for k in D.__mro__])
Shape("blob").describe()
