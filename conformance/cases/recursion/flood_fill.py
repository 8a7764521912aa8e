# Recursive flood fill and island counting on a grid; a fill whose replacement equals its target never stops.
GRID = [
    "..##....##",
    ".###...#..",
    "..#....###",
    "......#...",
    "##.......#",
    "#........#",
]


def to_grid(rows):
    return [list(r) for r in rows]


def fill(grid, r, c, target, replacement):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])):
        return 0
    if grid[r][c] != target:
        return 0
    grid[r][c] = replacement
    size = 1
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        size += fill(grid, r + dr, c + dc, target, replacement)
    return size


grid = to_grid(GRID)
sizes = []
label = "a"
for r in range(len(grid)):
    for c in range(len(grid[0])):
        if grid[r][c] == "#":
            sizes.append((label, fill(grid, r, c, "#", label)))
            label = chr(ord(label) + 1)
print(sizes)
print("\n".join("".join(row) for row in grid))
water = to_grid(GRID)
print("water cells reachable from corner:", fill(water, 0, 0, ".", "~"))
print("\n".join("".join(row) for row in water))
print(fill(to_grid(GRID), 10, 10, "#", "x"), fill(to_grid(GRID), 0, 2, "#", "#"))
