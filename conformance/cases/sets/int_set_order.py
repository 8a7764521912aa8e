# Printing sets of ints shows CPython's hash-table order: small ints, negatives, large values, growth.
print({3, 1, 2}, {10, 5, 0}, set(range(10, 0, -1)))
print({100, 1, 50, 7, 1000}, {-1, -2, 3, 0}, {2**40, 1, 2**40 + 1})
s = set()
for n in [17, 33, 1, 49, 65, 8]:
    s.add(n)
    print(s)
big = {i * 8 for i in range(12)}
print(big)
print({x % 7 for x in range(30)}, {x * x for x in range(-4, 5)})
s.discard(33)
s.add(81)
print(s, sorted(s), len(s))
print(set([5, 3, 5, 1, 3]), frozenset([9, 8, 7]), {True, 2, 0, False})
odds = set(range(1, 20, 2))
print(odds - {3, 9}, odds & {1, 2, 3, 4, 5}, {0, 2, 4} | {1, 3}, {1, 2, 3} ^ {2, 3, 4})
print(list({30, 20, 10}), [x for x in {64, 32, 16, 8}], tuple({-5, 5}))
print({1.5, 0.5, 2.0}, {10**20, 3})
nums = {n for n in range(40) if n % 6 == 0}
print(nums, min(nums), max(nums), sum(nums))
