# Custom containers built on collections.abc mixins: a sorted list, a case-insensitive dict.
from collections.abc import Iterable, Mapping, MutableMapping, MutableSequence, Sequence, Sized, Set
import bisect


class SortedList(Sequence):
    def __init__(self, items=()):
        self._data = sorted(items)

    def __getitem__(self, i):
        return self._data[i]

    def __len__(self):
        return len(self._data)

    def add(self, x):
        bisect.insort(self._data, x)

    def __repr__(self):
        return f"SortedList({self._data})"


class CIDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()][1]

    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._d.values())

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"CIDict({dict(self.items())})"


class Tags(Set):
    def __init__(self, items=()):
        self._s = frozenset(i.lower() for i in items)

    def __contains__(self, x):
        return x.lower() in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)


s = SortedList([5, 1, 4])
s.add(3)
print(s, s[0], s[-1], len(s), 4 in s, s.index(4), s.count(1), list(reversed(s)), s[1:3])
h = CIDict({"Content-Type": "json"}, Accept="*/*")
h["content-type"] = "xml"
print(h, h["CONTENT-TYPE"], "accept" in h, len(h), h.get("x", "-"), sorted(h.keys()))
h.setdefault("X-Id", 7)
print(h.pop("ACCEPT"), h.popitem(), h)
h.update([("A", 1)], b=2)
print(dict(h), h == {"content-type": "xml", "A": 1, "b": 2}, isinstance(h, Mapping))
t1, t2 = Tags(["Py", "rust"]), Tags(["RUST", "go"])
print(sorted(t1 | t2), sorted(t1 & t2), sorted(t1 - t2), t1.isdisjoint(t2), Tags(["py"]) <= t1)
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance({}, Mapping))
print(isinstance("x", Iterable), isinstance(5, Iterable), issubclass(SortedList, Sized), isinstance(s, Iterable))
print(sorted(MutableMapping.__abstractmethods__))


class Broken(Sequence):
    pass


try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
CIDict()["missing"]
