# OrderedDict: an LRU cache with move_to_end/popitem, order-sensitive equality.
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)


cache = LRU(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache.get("a"), list(cache.data))
cache.put("d", 4)
cache.put("e", 5)
print(cache.data)

od = OrderedDict.fromkeys("xyz", 0)
print(od)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)

o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2), o1 != o2)
print(OrderedDict(), repr(OrderedDict(one=1)))
print(list(reversed(o1)), o1.copy(), type(o1.copy()).__name__)
o3 = o1 | {"c": 3}
print(o3, type(o3).__name__)
o1 |= {"z": 26}
print(o1, o1.setdefault("a", 99), o1.pop("b"))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    o1.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
views = OrderedDict(x=1, y=2)
print(views.keys(), views.values(), views.items(), list(reversed(views.keys())))
print("x" in views.keys(), ("y", 2) in views.items(), len(views.values()), views.keys() & {"x", "q"})
