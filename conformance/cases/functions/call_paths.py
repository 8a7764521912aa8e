# Calls that bind keywords, defaults and **kwargs, class instantiation with
# __init__, generators resumed by next(), and errors raised on the way in
# or out of these frames.

def kw(a, b=2, *, c=3, **rest):
    return (a, b, c, sorted(rest.items()))

def star(*args, **kwargs):
    return args, kwargs

print(kw(1))
print(kw(1, b=5, c=6, z=7))
print(kw(b=9, a=8))
d = {"x": 1, "y": 2}
print(star(**d))
print(star(1, *[2, 3], **d, z=4))
print(kw(**{"a": 10, "c": 30}))
try:
    star(**d, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw()
except TypeError as e:
    print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Named:
    def __init__(self, name, *, loud=False):
        self.name = name.upper() if loud else name

class Bad:
    def __init__(self):
        return 42

class Raising:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v

pts = [Point(i, i * i) for i in range(3)]
print(pts)
print(Named("ann").name, Named("bob", loud=True).name)
if Point(1, 2):
    print("instance is true")
p = Point(3, 4) if Point(0, 0) else None
print(p)
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
try:
    Raising(-1)
except ValueError as e:
    print("ValueError:", e)
print(Raising(5).v)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

def gen():
    yield 0
    yield 1
    yield ""

g = gen()
if next(g):
    print("unexpected")
else:
    print("first is falsy")
print(next(g) + 10)
print(repr(next(g)), next(g, "done"))

class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []

    def size(self):
        return 1 + sum(k.size() for k in self.kids)

print(Tree(4).size())

def deep(n):
    return Point(n, n) if n == 0 else deep(n - 1)

print(deep(50))

class Node:
    def __init__(self, n):
        self.child = Node(n + 1)

try:
    Node(0)
except RecursionError:
    print("RecursionError")
print(Point(7, 8))
