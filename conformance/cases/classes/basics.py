# Classes: __init__, methods, class attributes, inheritance, dunder methods.
class Animal:
    kingdom = "animalia"

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, "woof")
        self.tricks = []

    def learn(self, trick):
        self.tricks.append(trick)
        return self

d = Dog("rex").learn("sit").learn("roll")
print(d.speak(), d.tricks, d.kingdom, Dog.kingdom, d)
print(isinstance(d, Animal), isinstance(d, Dog), isinstance(3, int), isinstance(True, int))
print(isinstance("s", (int, str)), type(d).__name__, Dog.__mro__)

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __len__(self):
        return 2
    def __str__(self):
        return f"<{self.x}, {self.y}>"

v = Vector(1, 2) + Vector(3, 4)
print(v, v == Vector(4, 6), len(v), str(v), [str(v)])
Animal.kingdom = "changed"
print(d.kingdom, getattr(d, "name"), hasattr(d, "wings"), getattr(d, "wings", None))
d.speak(1)
