# Recursive generators for permutations, combinations, subsets and integer partitions.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1 :]):
            yield [head] + rest


def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1 :], k - 1):
            yield [items[i]] + tail


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for part in range(min(n, max_part), 0, -1):
        for rest in partitions(n - part, part):
            yield [part] + rest


print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))))
print(list(combinations([1, 2, 3, 4], 2)), sum(1 for _ in combinations(list(range(10)), 3)))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print(list(partitions(5)))
print([sum(1 for _ in partitions(n)) for n in range(1, 13)])
target = 10
coins = [1, 2, 5, 7]
print([c for c in combinations(coins, 2) if sum(c) == target - 1])
first_perm = next(permutations([3, 1, 2]))
print(first_perm, next(partitions(0)), list(combinations([], 1)))
