# Records with namedtuple: defaults, _make, _replace, _asdict, _fields and errors.
from collections import namedtuple
import csv
import io

Point = namedtuple("Point", ["x", "y"])
Employee = namedtuple("Employee", "name dept salary active", defaults=[True])
Color = namedtuple("Color", "red green blue", rename=False)

p = Point(3, 4)
print(p, p.x + p.y, p[0], len(p), p == (3, 4), hash(p) == hash((3, 4)))
x, y = p
print(x, y, p._replace(y=10), p._asdict(), Point._fields)
print(Employee._field_defaults, Employee("ann", "eng", 120))

raw = "name,dept,salary\nbob,ops,80\ncara,eng,135\ndan,eng,99\n"
staff = [Employee._make([r["name"], r["dept"], int(r["salary"]), True])
         for r in csv.DictReader(io.StringIO(raw))]
print(staff[1])
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.salary)
print({d: sum(v) / len(v) for d, v in sorted(by_dept.items())})
print(max(staff, key=lambda e: e.salary).name, sorted(staff, key=lambda e: e.name, reverse=True)[0])

Point3 = namedtuple("Point3", Point._fields + ("z",))
print(Point3(1, 2, 3), Point3.__name__, issubclass(Point3, tuple))
R = namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields)


class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()

    @property
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)


v = Vector(3, 4) + Vector(1, 1)
print(v, v.length, repr(Vector(0, 0)))
print(Color(255, 0, 0)._asdict())
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(x=1, z=2),
            lambda: p._replace(z=1), lambda: Point._make([1]), lambda: setattr(p, "x", 5)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
for spec in [("1abc", "x"), ("Ok", "x class"), ("Ok", "x x"), ("Ok", "_y")]:
    try:
        namedtuple(*spec)
    except ValueError as e:
        print("ValueError", e)
