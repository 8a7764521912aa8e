# Set algebra on ints (order is CPython's hash-table order) and frozensets.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, a ^ b)
print(a.union([10]), a.intersection(b, {5}), a.difference({1}), a.issubset(range(10)))
print({1, 2} <= a, {1, 2} < {1, 2}, a.isdisjoint({100}))
a.add(6)
a.discard(100)
a.remove(1)
print(a, len(a), 3 in a)
print(sorted({"pear", "apple", "fig"}), frozenset([3, 1, 2]))
seen = set()
unique = []
for n in [3, 1, 3, 2, 1, 4]:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique, set(), {x % 3 for x in range(10)})
print({frozenset({1, 2}): "pair"}[frozenset({2, 1})])
a.remove(100)
