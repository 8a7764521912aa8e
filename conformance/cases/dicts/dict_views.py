# keys/values/items views are live; key and item views support set operations.
scores = {"ann": 90, "bob": 72, "cy": 85}
keys = scores.keys()
values = scores.values()
items = scores.items()
print(keys, values, items)
scores["dee"] = 60
del scores["bob"]
print(list(keys), list(values), list(items), len(keys))
print("ann" in keys, 85 in values, ("cy", 85) in items, ("cy", 0) in items)
other = {"cy": 1, "dee": 2, "eve": 3}
print(sorted(keys & other.keys()), sorted(keys | other.keys()), sorted(keys - other.keys()), sorted(keys ^ other))
print(sorted(items & {("ann", 90), ("x", 1)}), keys & {"ann"}, keys.isdisjoint({"zed"}))
print(keys == {"ann", "cy", "dee"}, values == values, list(reversed(keys)), list(reversed(items)))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
for name, score in sorted(items, key=lambda kv: kv[1]):
    print(f"{name:>4}: {'*' * (score // 10)}")
print(max(values), sum(values) / len(values), sorted(values))
it = iter(keys)
print(next(it), next(it))
try:
    scores["fred"] = 1
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(values & values)
except TypeError as exc:
    print("TypeError:", exc)
