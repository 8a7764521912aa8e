# Tuples as dict keys and set members: a sparse grid, memoized paths and visited coordinates.
grid = {}
for (x, y), ch in [((0, 0), "S"), ((2, 1), "#"), ((1, 1), "#"), ((3, 2), "E")]:
    grid[(x, y)] = ch
print(grid, grid[(2, 1)], (0, 1) in grid, grid.get((9, 9), "."))
for y in range(3):
    print("".join(grid.get((x, y), ".") for x in range(4)))
memo = {}


def paths(r, c):
    if (r, c) in memo:
        return memo[(r, c)]
    if r == 0 or c == 0:
        result = 1
    else:
        result = paths(r - 1, c) + paths(r, c - 1)
    memo[r, c] = result
    return result


print(paths(3, 3), paths(10, 10), len(memo))
visited = set()
pos = (0, 0)
for step in "RRDDLURRRD":
    dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, -1), "D": (0, 1)}[step]
    pos = (pos[0] + dx, pos[1] + dy)
    visited.add(pos)
print(sorted(visited), len(visited), pos)
edges = {("a", "b"): 3, ("b", "c"): 5, ("a", "c"): 9}
print(edges[("a", "b")] + edges[("b", "c")] < edges[("a", "c")])
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0), {(1, 2): "x"}[(1.0, 2.0)])
key = (1, [2])
try:
    grid[key] = "bad"
except TypeError as exc:
    print("TypeError:", exc)
