# Shift rotations, report batching and combinatorial search with itertools.
import itertools
from itertools import accumulate, chain, combinations, count, cycle, groupby, islice, product, tee

staff = ["ann", "bob", "cy"]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
rota = dict(zip(days, cycle(staff)))
print(rota)
shifts = list(product(["early", "late"], ["ann", "bob"]))
print(shifts, len(list(product(range(3), repeat=3))))
budget = 10
costs = {"a": 3, "b": 4, "c": 5, "d": 6}
best = max((combo for r in range(1, 5) for combo in combinations(costs, r)
            if sum(costs[k] for k in combo) <= budget),
           key=lambda combo: (sum(costs[k] for k in combo), combo))
print(best, sum(costs[k] for k in best))
events = [("2024-01-01", "login"), ("2024-01-01", "view"), ("2024-01-02", "login"),
          ("2024-01-03", "view"), ("2024-01-03", "view"), ("2024-01-03", "logout")]
for day, grp in groupby(events, key=lambda e: e[0]):
    kinds = [k for _, k in grp]
    print(day, len(kinds), sorted(set(kinds)))
print(list(accumulate([5, -2, 3, -7, 4], lambda a, b: max(0, a + b))))
ids = count(1000, 7)
print([next(ids) for _ in range(3)], next(ids))
evens, odds = tee(range(10))
print(list(filter(lambda x: x % 2 == 0, evens)), list(itertools.filterfalse(lambda x: x % 2 == 0, odds)))
print(list(islice(chain.from_iterable(itertools.repeat("ab", 3)), 5)))
print(list(itertools.zip_longest("abc", range(1), fillvalue=None)))
print(list(itertools.starmap(lambda a, b: a * b, zip(range(4), range(4, 8)))))
print(list(itertools.pairwise("abcd")), list(itertools.compress(range(6), cycle([1, 0]))))
print(list(itertools.permutations([1, 2, 3], 2))[:4], len(list(itertools.permutations(range(6)))))
it = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
print(list(itertools.takewhile(str.isdigit, "123abc45")), list(itertools.dropwhile(str.isdigit, "123abc45")))
print(list(itertools.combinations_with_replacement("ab", 3)), list(itertools.combinations(range(3), 0)))
for bad in [lambda: list(islice("abc", -1)), lambda: list(combinations("ab", -1)),
            lambda: next(count("a")), lambda: list(product("ab", repeat=-1)), lambda: list(chain(1))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
list(itertools.accumulate([1, "a"]))
