# Sets of tuples for a board game: occupied cells, neighbours, and Conway's Game of Life steps.
def neighbours(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)}


def step(live):
    candidates = live | set().union(*(neighbours(c) for c in live))
    new = set()
    for c in candidates:
        n = len(neighbours(c) & live)
        if n == 3 or (n == 2 and c in live):
            new.add(c)
    return new


def show(live, size=5):
    for y in range(size):
        print("".join("#" if (x, y) in live else "." for x in range(size)))


blinker = {(1, 2), (2, 2), (3, 2)}
show(blinker)
print(sorted(step(blinker)))
print(step(step(blinker)) == blinker)
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for _ in range(4):
    g = step(g)
print(sorted(g))
print({(x - 1, y - 1) for x, y in g} == glider)
show(g, 6)
print(len(neighbours((0, 0))), (0, 0) in neighbours((1, 1)), sorted(neighbours((0, 0)))[:3])
