# Comprehensions with several for clauses: products, pairs, triangles and flattened grids.
suits = ["S", "H"]
ranks = ["A", "K", "Q"]
deck = [r + s for s in suits for r in ranks]
print(deck)
pairs = [(i, j) for i in range(4) for j in range(i + 1, 4)]
print(pairs, len(pairs))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [v for row in grid for v in row]
print(grid, flat)
diag = [grid[i][i] for i in range(3)]
anti = [grid[i][2 - i] for i in range(3)]
print(diag, anti)
words = ["hi", "yo", "hey"]
chars = [ch for w in words for ch in w if ch != "y"]
print(chars)
table = {(a, b): a * b for a in range(1, 4) for b in range(1, 4) if a <= b}
print(table)
nested_gen = sum(x * y for x in range(5) for y in range(5) if x != y)
print(nested_gen)
coords = {(x, y) for x in range(-1, 2) for y in range(-1, 2) if abs(x) + abs(y) == 1}
print(sorted(coords))
print([[x for x in range(n)] for n in range(4)])
print([(x, y) for x in "ab" for y in (1, 2) if (x, y) != ("b", 1)])
