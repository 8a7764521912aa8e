# Indexing, assignment, unpacking and iteration at their edges: negative indices,
# out-of-range errors, subclasses overriding the dunders, lists growing while iterated.

grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(-1, -5, -1):
        grid[r][c] = r * 10 + c
print(grid)
print(grid[-1][-4], grid[0][3], (1, 2, 3)[-3])

for bad in (3, -4):
    try:
        print(grid[bad])
    except IndexError as e:
        print("IndexError:", e)
try:
    grid[0][4] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v * 2)


log = Logged([1, 2, 3])
log[0] = 5
print(log[0], log[-1], log)


class Pair(tuple):
    def __iter__(self):
        yield "overridden"
        yield "iter"


a, b = Pair((1, 2))
print(a, b)
x, y = [10, 20]
print(x, y)
for bad in ((1, 2, 3), [1]):
    try:
        p, q = bad
    except ValueError as e:
        print("ValueError:", e)

items = [1, 2, 3]
seen = []
for v in items:
    seen.append(v)
    if v < 3:
        items.append(v + 10)
print(seen)
print(list(range(10, 0, -3)), [i for i in range(5, 5)], sum(range(-5, 6, 2)))
pairs = [(i, chr(97 + i)) for i in range(4)]
print({k: v for k, v in pairs}, [v for _, v in pairs][::-1])
