# Iterator classes: __iter__ returning self versus a fresh iterator, __next__ raising StopIteration.
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


class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        return Range2DIterator(self)


class Range2DIterator:
    def __init__(self, grid):
        self.grid = grid
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.grid.rows * self.grid.cols:
            raise StopIteration
        r, c = divmod(self.i, self.grid.cols)
        self.i += 1
        return r, c


cd = Countdown(3)
print(list(cd), list(cd))
print(list(Countdown(5)), sum(Countdown(100)), max(Countdown(4)))
grid = Range2D(2, 3)
print(list(grid), list(grid) == list(grid))
it = iter(grid)
print(next(it), next(it), next(it, None))
for a, b in zip(Countdown(3), Range2D(1, 5)):
    print(a, b)
print(dict(zip("abc", Countdown(3))), sorted(Countdown(4)), tuple(Countdown(2)), 2 in Countdown(3))
print(next(Countdown(0), "empty"))


class NotIterable:
    def __init__(self):
        self.data = [1, 2]


try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    for x in BadIter():
        pass
except TypeError as exc:
    print("TypeError:", exc)
