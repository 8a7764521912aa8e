# A class's own __new__ then __init__: arguments reach both, a result that
# is not an instance skips __init__, errors in either propagate, and a
# metaclass __new__ builds classes.

class Tracked:
    log = []

    def __new__(cls, *args, **kwargs):
        Tracked.log.append(("new", cls.__name__, args, sorted(kwargs)))
        return super().__new__(cls)

    def __init__(self, a, b=0, **kwargs):
        Tracked.log.append(("init", a, b, sorted(kwargs)))
        self.total = a + b

t = Tracked(1, b=2, tag="x")
print(t.total, Tracked.log)

class Other:
    def __new__(cls, value):
        return value * 2

    def __init__(self, value):
        print("never called")

print(Other(21))

class Singleton:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst

    def __init__(self):
        self.count += 1

a, b = Singleton(), Singleton()
print(a is b, a.count)

class Picky:
    def __new__(cls, n):
        if n < 0:
            raise ValueError("n must be >= 0")
        return super().__new__(cls)

    def __init__(self, n):
        if n == 0:
            raise ZeroDivisionError("n is zero")
        self.n = n

for n in (3, -1, 0):
    try:
        print(Picky(n).n)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

u = Upper("shout")
print(u, type(u).__name__, len(u))

class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        Registry.classes.append(name)
        return cls

class Base(metaclass=Registry):
    pass

class Child(Base):
    def __init__(self, x):
        self.x = x

print(Registry.classes, Child(5).x, type(Child).__name__)

class Gen:
    def __new__(cls, items):
        obj = super().__new__(cls)
        obj.items = [i for i in items if i % 2]
        return obj

print(Gen(range(7)).items)

class Wrong:
    def __new__(cls):
        return super().__new__(cls)

    def __init__(self):
        return "oops"

try:
    Wrong()
except TypeError as e:
    print("TypeError:", e)
Picky(-5)
