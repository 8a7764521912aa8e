# dir(), vars(), globals() and locals() for introspecting objects and scopes (filtered and sorted).
import sys

LIMIT = 10


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name
        self.color = "red"

    def area(self):
        return 0


s = Shape("blob")
print(vars(s), sorted(vars(s)))
print([n for n in dir(s) if not n.startswith("__")])
print([n for n in dir(Shape) if not n.startswith("_")])
print("area" in vars(Shape), "name" in vars(Shape), "sides" in dir(s))


def scope_demo(a, b=2):
    c = a + b
    names = sorted(locals())
    return names, locals()["c"]


print(scope_demo(1))
g = globals()
print("LIMIT" in g, g["LIMIT"], "scope_demo" in g, g["__name__"], "sys" in g)
g["DYNAMIC"] = "made via globals()"
print(DYNAMIC)
print(sorted(n for n in dir() if not n.startswith("_")))
print(sorted(k for k in vars(sys) if k in ("argv", "path", "maxsize", "version_info")))
print([n for n in dir([]) if not n.startswith("_")])
try:
    print(vars(5))
except TypeError as exc:
    print("TypeError:", exc)
