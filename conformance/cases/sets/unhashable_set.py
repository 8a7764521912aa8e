# Set elements must be hashable: frozensets of frozensets work, a set of lists fails.
pairs = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(pairs), frozenset({1, 2}) in pairs)
families = {frozenset(["ann", "bob"]), frozenset(["cy"])}
print(sorted(sorted(f) for f in families))
power = {frozenset()}
for item in [1, 2, 3]:
    power |= {s | {item} for s in power}
print(len(power), sorted(sorted(s) for s in power))
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(frozenset([1]) in nested, len(nested))
try:
    {{1, 2}}
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1], [2]])
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
coords = {(1, 2), (3, 4)}
try:
    coords.add([5, 6])
except TypeError as exc:
    print("TypeError:", exc)
