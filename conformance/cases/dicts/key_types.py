# What can be a dict key: ints, floats, strings, tuples, frozensets, None, bools; numeric keys collide.
d = {}
d[1] = "int one"
d[2.5] = "float"
d["1"] = "str one"
d[(1, 2)] = "tuple"
d[frozenset({1, 2})] = "frozenset"
d[None] = "none"
d[True] = "true overwrites 1"
d[0] = "zero"
d[False] = "false overwrites 0"
d[1.0] = "1.0 overwrites too"
print(d)
print(len(d), d[1], d[True], d[0.0], d[frozenset({2, 1})], d[None])
print(type(list(d)[0]).__name__)
lookup = {(x, y): x * y for x in range(3) for y in range(3)}
print(lookup[(2, 2)], lookup[2, 1], len(lookup))
print({-0.0: "neg zero"}[0], {2**64: "big"}[2**64], {float(2**53): "f"}[2**53])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


places = {Point(0, 0): "origin", Point(1, 2): "home"}
print(places[Point(1, 2)], Point(3, 3) in places)
for bad in ([1], {"a": 1}, {1, 2}):
    try:
        d[bad] = "x"
    except TypeError as e:
        print("TypeError:", e)
try:
    print(d[2])
except KeyError as exc:
    print("KeyError:", exc)
