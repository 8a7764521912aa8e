# An LRU cache on OrderedDict, a graph on defaultdict, vote tallies on Counter: the edge cases.
from collections import Counter, OrderedDict, defaultdict


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            print("evict", self.popitem(last=False))


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(cache, list(cache), cache.get("b", "miss"))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, list(reversed(od)), od.popitem(), od == OrderedDict([("z", 0), ("y", 0)]))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(od | {"n": 1}, type(od | {"n": 1}).__name__, repr(OrderedDict()))
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

graph = defaultdict(set)
for a, b in [("a", "b"), ("b", "c"), ("a", "c"), ("d", "a")]:
    graph[a].add(b)
    graph[b]
print(sorted((k, sorted(v)) for k, v in graph.items()), graph.default_factory)
counts = defaultdict(int)
for w in "the cat and the hat".split():
    counts[w] += 1
print(counts, dict(counts), counts["zzz"], len(counts), "q" in counts)
nested = defaultdict(lambda: defaultdict(list))
nested["x"]["y"].append(1)
print(dict(nested["x"]), repr(defaultdict(None)), defaultdict(list, {"k": [1]}).copy())
plain = defaultdict(None, {"a": 1})
try:
    plain["b"]
except KeyError as e:
    print("KeyError", e)

votes = Counter(["red", "blue", "red", "green", "blue", "red"])
print(votes, votes.most_common(1), votes.most_common()[-1], sorted(votes.elements()))
votes["purple"] -= 1
print(votes, +votes, -votes, votes.total())
print(Counter("aab") + Counter("bcc"), Counter("aab") - Counter("abb"), Counter("aab") | Counter("bbb"))
print(Counter(a=3) == Counter(a=3, b=0), Counter({"x": 2}) < Counter({"x": 3}), Counter().most_common())
c = Counter(cats=4, dogs=8)
c.subtract({"cats": 5})
c.update(dogs=1)
print(c, dict(c), list(c.keys()), c.get("birds"))
print(Counter("hello world").most_common(3))
