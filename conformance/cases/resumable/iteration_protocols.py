# User iterators and the old sequence protocol, consumed by every builtin
# that iterates: for, list, tuple, set, sum, min, max, sorted, any, all,
# str.join, enumerate, zip, in, unpacking, next.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Squares:
    """Iterable only through __getitem__ (raises IndexError at the end)."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        print("  Bag.__iter__")
        yield from self.items


print(list(Countdown(3)), tuple(Countdown(2)), set(Countdown(3)))
print(sum(Countdown(4)), min(Countdown(5)), max(Countdown(5)))
print(sorted(Countdown(4)), any(Countdown(0)), all(Countdown(3)))
print("-".join(str(n) for n in Countdown(3)))
print(list(enumerate(Countdown(2))), list(zip(Countdown(3), "xy")))
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5))
print(3 in Bag(1, 2, 3), 7 in Bag(1, 2))
first, *rest = Countdown(4)
print(first, rest)
it = iter(Squares(2))
print(next(it), next(it), next(it, "done"))
print(max(Bag("pear", "fig", "banana"), key=len), min(Bag(), default="nothing"))
print(dict(zip(Countdown(3), Squares(3))))
print(list(reversed(Squares(0))) if hasattr(Squares, "__reversed__") else "no reversed")

for n in Countdown(2):
    for sq in Squares(n + 1):
        print(n, sq)


class BadIter:
    def __iter__(self):
        return 42


class NotIterable:
    pass


for obj in (BadIter(), NotIterable()):
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(type(e).__name__ + ":", e)

try:
    next(Squares(3))
except TypeError as e:
    print(e)

try:
    "".join(Bag("a", 1))
except TypeError as e:
    print(e)
