# Flattening nested lists and grouping consecutive runs with comprehensions and helper functions.
nested = [[1, 2], [3], [], [4, 5, 6], [7]]
print([x for sub in nested for x in sub])


def flatten_deep(items):
    return [y for x in items for y in (flatten_deep(x) if isinstance(x, list) else [x])]


print(flatten_deep([1, [2, [3, [4, [5]]]], [], [[6, 7]], 8]))
data = [1, 1, 2, 2, 2, 3, 1, 1, 4]
boundaries = [i for i in range(1, len(data)) if data[i] != data[i - 1]]
starts = [0] + boundaries
ends = boundaries + [len(data)]
runs = [(data[s], e - s) for s, e in zip(starts, ends)]
print(runs)
chunks = [data[i : i + 4] for i in range(0, len(data), 4)]
print(chunks)
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 40), ("eve", 25)]
ages = sorted({age for _, age in people})
grouped = {age: [n for n, a in people if a == age] for age in ages}
print(grouped)
pairs = [(a, b) for i, a in enumerate("abcd") for b in "abcd"[i + 1 :]]
print(pairs)
windows = [tuple(data[i : i + 3]) for i in range(len(data) - 2)]
print(windows[:4], len(windows))
print(sum([[1], [2, 3]], []), [c for word in ["ab", "cd"] for c in word.upper()])
