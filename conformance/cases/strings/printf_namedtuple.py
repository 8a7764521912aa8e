# namedtuples are real tuples: %-formatting, unpacking, isinstance, concatenation.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0])


class Employee(NamedTuple):
    name: str
    dept: str = "eng"


p = Point(3, 4)
print("%s %s" % p, "(%d, %d)" % p, "%r" % (p,))
print("#%02x%02x%02x" % Color(255, 128))
print("%s works in %s" % Employee("ada"))
print(isinstance(p, tuple), len(p), p + (5,), p * 2, tuple(p), list(Employee("bob", "ops")))
print(p == (3, 4), hash(p) == hash((3, 4)), sorted([Point(2, 1), Point(1, 9)]))
x, y = p
print(x, y, p._asdict(), p._replace(y=0), Point._make([7, 8]), Point._fields)
print(Color(1, 2), Color._field_defaults, Employee("cy")._replace(dept="hr"))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
print("{} and {}".format(*p), "{0.x}/{0.y}".format(p), f"{p}")
