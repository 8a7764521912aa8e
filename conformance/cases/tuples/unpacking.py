# Tuples: packing, unpacking, star targets, namedtuple-like use, and a bad unpack.
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__, (1,), ())
records = [("ann", 31, "nyc"), ("bob", 27, "sf")]
for name, age, city in records:
    print(f"{name} ({age}) lives in {city}")
head, *tail = (1, 2, 3)
*init, last = "abc"
print(head, tail, init, last)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], max(t), (1, 2) < (1, 3))


def min_max(values):
    return min(values), max(values)


lo, hi = min_max([5, 2, 9])
print(lo, hi, divmod(17, 5))
nested = ((1, 2), [3, 4])
(a, b), [c, d] = nested
print(a + b + c + d)
p, q = [1, 2, 3]
