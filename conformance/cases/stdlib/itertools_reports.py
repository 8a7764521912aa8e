# Sales report with itertools: grouping, running totals, pairing, slicing and combinatorics.
from itertools import (accumulate, chain, combinations, count, cycle, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, zip_longest)
import itertools

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-03", "north", 150), ("2024-03", "south", 70),
]

for month, rows in groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])

by_region = sorted(sales, key=lambda r: r[1])
totals = {region: sum(r[2] for r in rows) for region, rows in groupby(by_region, key=lambda r: r[1])}
print(totals)

monthly = [sum(r[2] for r in rows) for _, rows in groupby(sales, key=lambda r: r[0])]
print("running:", list(accumulate(monthly)), "best so far:", list(accumulate(monthly, max)))
print("changes:", [b - a for a, b in pairwise(monthly)])

ids = count(1000, 5)
labels = cycle(["red", "green"])
print([(next(ids), next(labels)) for _ in range(4)])
print(list(islice(count(), 3, 12, 4)), list(repeat("-", 3)), "".join(repeat("=", 10)))

print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])))
print(list(takewhile(lambda x: x < 100, (r[2] for r in sales))))
print(list(starmap(lambda m, r, v: f"{r}:{v}", sales[:2])))
print(list(zip_longest("abc", [1, 2], fillvalue=0)))

team = ["ann", "bob", "cy"]
print([f"{a}-{b}" for a, b in combinations(team, 2)])
print(len(list(permutations(team))), list(permutations(team, 2))[:3])
sizes, colors = ["S", "M"], ["red", "blue"]
print(["/".join(p) for p in product(sizes, colors)])
print(sum(1 for _ in product(range(3), repeat=3)))
first, second = itertools.tee(x * x for x in range(4))
print(list(first), sum(second))
print(list(itertools.compress(team, [1, 0, 1])), list(itertools.filterfalse(str.isupper, "aBcD")))
print(list(itertools.dropwhile(lambda c: c != "c", "abcdef")))
print(list(itertools.combinations_with_replacement("xy", 2)))
