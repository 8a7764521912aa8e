# Classes changed while their instances are in use: methods patched, properties and
# hooks added to a base class later, attributes deleted; every read must see the change.

class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}: {self.area()}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


shapes = [Square(i) for i in range(1, 4)]
for _ in range(3):
    print([s.describe() for s in shapes])

# Patch a method on the base class: the subclass still overrides area().
Shape.describe = lambda self: f"<{self.name} {self.area()}>"
print([s.describe() for s in shapes])

# Remove the override: the base method shows through.
del Square.area
print([s.describe() for s in shapes])

# A property added later wins over the instance attribute of the same name.
Square.name = property(lambda self: "SQ" + str(self.side))
print([s.describe() for s in shapes])
try:
    shapes[0].name = "x"
except AttributeError as e:
    print("AttributeError:", e)
del Square.name
print(shapes[0].name)

# A __setattr__ hook added to the base class intercepts writes from now on.
log = []


def logging_setattr(self, key, value):
    log.append(key)
    object.__setattr__(self, key, value)


Shape.__setattr__ = logging_setattr
for s in shapes:
    s.side += 1
print(log, [s.side for s in shapes])

# A __getattribute__ hook added later sees every read.
seen = []


def tracing_getattribute(self, key):
    seen.append(key)
    return object.__getattribute__(self, key)


Square.__getattribute__ = tracing_getattribute
print(shapes[1].side, shapes[1].describe(), sorted(set(seen)))
del Square.__getattribute__
del Shape.__setattr__
seen.clear()
shapes[2].side = 10
print(shapes[2].describe(), seen, log[-1:])


# Classes made and dropped in a loop: a new class never sees an old one's lookups.
def make(n):
    class Tmp:
        value = n

        def get(self):
            return self.value

    return Tmp()


print(sum(make(i).get() for i in range(200)))

# Instance attribute shadowing a method, then removed again.
sq = Square(5)
sq.describe = lambda: "instance-level"
print(sq.describe())
del sq.describe
print(sq.describe())
