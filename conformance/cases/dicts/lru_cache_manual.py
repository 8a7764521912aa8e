# An LRU cache built on dict insertion order: move-to-end on access, evict the oldest key.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        value = self.data.pop(key)
        self.data[key] = value
        self.hits += 1
        return value

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("  evict", oldest)
            del self.data[oldest]
        self.data[key] = value

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


cache = LRUCache(3)
for k in ["a", "b", "c"]:
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"), cache)
cache.put("d", "D")
print(cache)
print(cache.get("b"), cache.get("c"))
cache.put("c", "C2")
cache.put("e", "E")
print(cache, cache.hits, cache.misses)


def slow_square(n, cache=LRUCache(2)):
    cached = cache.get(n)
    if cached is not None:
        return cached, "cached"
    cache.put(n, n * n)
    return n * n, "computed"


for n in [2, 3, 2, 4, 3, 2]:
    print(n, slow_square(n))
