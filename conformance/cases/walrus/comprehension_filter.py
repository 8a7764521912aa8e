# Walrus inside comprehensions: compute once, filter on the result and keep it in the output.
def expensive(x):
    expensive.calls += 1
    return x * x - 10


expensive.calls = 0
values = [y for x in range(8) if (y := expensive(x)) > 0]
print(values, expensive.calls)
expensive.calls = 0
naive = [expensive(x) for x in range(8) if expensive(x) > 0]
print(naive, expensive.calls)
words = ["apple", "kiwi", "banana", "fig", "cherry"]
lengths = {w: n for w in words if (n := len(w)) > 3}
print(lengths)
data = ["12", "x", "7", "", "30", "4a"]
parsed = [int(s) for s in data if s.isdigit()]
print(parsed)
readings = [18.5, 21.0, 25.5, 30.2, 16.0]
alerts = [(r, level) for r in readings if (level := ("hot" if r > 25 else "cold" if r < 17 else None))]
print(alerts)
print(y, n, level)
matrix = [[1, 2], [3, 4], [5, 6]]
sums = [s for row in matrix if (s := sum(row)) % 2 == 1]
print(sums, s)
