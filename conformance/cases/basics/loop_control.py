# Nested loops with break/continue/for-else: finding pairs and scanning a grid.
grid = [
    [3, 8, 1, 9],
    [4, 0, 7, 2],
    [6, 5, 0, 1],
]

for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 0:
            print("first zero in row", r, "at column", c)
            break
    else:
        print("no zero in row", r)

target = 10
found = None
for i in range(len(grid[0])):
    for j in range(i + 1, len(grid[0])):
        if grid[0][i] + grid[0][j] == target:
            found = (i, j)
            break
    if found:
        break
print("pair summing to", target, found)

odd_total = 0
for n in range(20):
    if n % 2 == 0:
        continue
    if n > 15:
        break
    odd_total += n
print("odd total", odd_total)

words = ["apple", "", "banana", "#comment", "cherry", "STOP", "date"]
kept = []
for w in words:
    if not w or w.startswith("#"):
        continue
    if w == "STOP":
        break
    kept.append(w.upper())
print(kept)

for attempt in range(3):
    print("attempt", attempt)
else:
    print("all attempts ran")

for x in []:
    print("never")
else:
    print("empty loop else")
