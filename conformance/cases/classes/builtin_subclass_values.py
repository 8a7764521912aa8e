# Subclassing immutable and mutable builtins: units as float/int subclasses, a tagged str, a record tuple, a bag list.
class Meters(float):
    def __new__(cls, value, unit="m"):
        factor = {"m": 1.0, "km": 1000.0, "cm": 0.01}[unit]
        return super().__new__(cls, value * factor)

    def __repr__(self):
        return f"Meters({float(self)!r})"

    def to_km(self):
        return self / 1000


class Cents(int):
    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"


class Tag(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip().lower())

    @property
    def slug(self):
        return self.replace(" ", "-")


class Record(tuple):
    def __new__(cls, name, score):
        return super().__new__(cls, (name, score))

    @property
    def name(self):
        return self[0]


class Bag(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.adds = 0

    def append(self, item):
        self.adds += 1
        super().append(item)

    def __contains__(self, item):
        return any(x == item for x in self)


d = Meters(1.5, "km")
print(d, float(d), d.to_km(), d + 1, d * 2, type(d + 1).__name__, isinstance(d, float), d > 1000)
c = Cents(1999)
print(c, c + 1, repr(c), type(c).__name__, c == 1999, hash(c) == hash(1999), f"{c}")
t = Tag("  Hello World ")
print(t, t.slug, t.upper(), len(t), t == "hello world", sorted([Tag("b"), Tag("a")]), {t: 1}[t])
r = Record("ann", 90)
print(r, r.name, r[1], len(r), r + ("x",), isinstance(r, tuple), max([r, Record("bob", 70)]))
b = Bag([3, 1])
b.append(2)
b.extend([5])
print(b, b.adds, len(b), sorted(b), 2 in b, b[1:], type(b[1:]).__name__, sum(b))
b.__dict__["note"] = "hi"
print(b.note, vars(b), Bag.__mro__[1].__name__)
print(Meters(5, "parsecs"))
