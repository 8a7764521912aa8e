# enumerate, zip, range, reversed, iter/next, custom iterator classes, itertools.
import itertools

names = ["ann", "bob", "cid"]
scores = [90, 85, 77, 100]
for i, name in enumerate(names, start=1):
    print(i, name)
print(list(zip(names, scores)), dict(zip(names, scores)))
print(list(range(10, 0, -3)), list(reversed(names)), range(5)[2], len(range(0, 100, 7)))
print(list(itertools.chain(names, [1])), list(itertools.islice(itertools.count(5, 5), 4)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.combinations("abc", 2)))
print(list(itertools.product([0, 1], repeat=2)), list(itertools.permutations(range(3), 2))[:3])
grouped = itertools.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0])
print({k: list(g) for k, g in grouped})
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.repeat("r", 3)))


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


print(list(Countdown(4)), sum(Countdown(10)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
print(next(iter([])))
