# `@` on numbers is a TypeError naming both types (ints, bools, big ints,
# floats), and a class may still define it.
values = [10, True, 2**70, 1.5, -3]
for a in values:
    for b in values[:3]:
        try:
            print(a @ b)
        except TypeError as e:
            print(e)

x = 4
try:
    x @= 2
except TypeError as e:
    print("augmented:", e)


class Vec:
    def __init__(self, *items):
        self.items = items

    def __matmul__(self, other):
        return sum(p * q for p, q in zip(self.items, other.items))

    def __rmatmul__(self, other):
        return f"rmatmul with {other!r}"


print(Vec(1, 2, 3) @ Vec(4, 5, 6), 7 @ Vec(1))
fs = [lambda v, i=i: v @ i for i in range(2)]
for f in fs:
    try:
        f(10)
    except TypeError as e:
        print(type(e).__name__, e)
