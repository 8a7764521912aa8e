# Driving iterators by hand with iter() and next(): defaults, peeking, and pairing consecutive items.
data = [4, 8, 15, 16, 23, 42]
it = iter(data)
print(next(it), next(it))
print(list(it))
print(next(it, "exhausted"), next(iter([]), None))


class Peekable:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buffer = []

    def peek(self, default=None):
        if not self.buffer:
            try:
                self.buffer.append(next(self.it))
            except StopIteration:
                return default
        return self.buffer[0]

    def __iter__(self):
        return self

    def __next__(self):
        if self.buffer:
            return self.buffer.pop()
        return next(self.it)


p = Peekable("abc")
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("done"))


def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur


print(list(pairwise([1, 2, 3, 4])), list(pairwise([1])), list(pairwise([])))
it = iter(range(10))
print([x for x in it if x % 3 == 0], list(it))
it = iter(range(6))
print(list(zip(it, it)))
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), list(keys), list(iter(d.items())))
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as exc:
    print("StopIteration:", exc)
