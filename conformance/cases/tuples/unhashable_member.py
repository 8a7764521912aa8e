# A tuple is hashable only if every element is: caching results keyed by argument tuples.
cache = {}


def cached_total(*items):
    if items in cache:
        return cache[items], "hit"
    result = sum(sum(i) if isinstance(i, tuple) else i for i in items)
    cache[items] = result
    return result, "miss"


print(cached_total(1, 2, 3))
print(cached_total(1, 2, 3))
print(cached_total((1, 2), 3))
print(cached_total((1, 2), 3))
print(len(cache), sorted(cache, key=str))
print(hash((1, (2, 3))) == hash((1, (2, 3))), {(1, frozenset({2})): "ok"})
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
try:
    {(1, {"a": 1}): "no"}
except TypeError as e:
    print("TypeError:", e)
cached_total([1, 2], 3)
