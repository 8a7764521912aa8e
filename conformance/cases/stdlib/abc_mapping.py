# collections.abc: isinstance checks on builtins, mixin methods for user classes.
from collections.abc import (Callable, Container, Hashable, Iterable, Iterator, Mapping,
                             MutableMapping, MutableSequence, Sequence, Set, Sized)


def describe(obj):
    kinds = [abc.__name__ for abc in (Mapping, MutableMapping, Sequence, MutableSequence,
                                      Set, Iterable, Iterator, Sized, Hashable, Callable)
             if isinstance(obj, abc)]
    return f"{type(obj).__name__}: {', '.join(kinds)}"


for value in [{}, [], (), "s", {1}, frozenset(), range(2), iter([]), 42, len, None]:
    print(describe(value))


class Registry(MutableMapping):
    """A case-insensitive mapping built from the MutableMapping mixins."""

    def __init__(self, *args, **kwargs):
        self._store = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"Registry({dict(self.items())!r})"


r = Registry({"Content-Type": "json"}, Accept="*/*")
print(r, r["content-type"], r.get("ACCEPT"), r.get("x", "-"), "accept" in r)
r.setdefault("Host", "example.org")
print(len(r), list(r), r.pop("host"), r.popitem())
r.update([("X-Id", 7)])
print(r, dict(r), r == {"Content-Type": "json", "X-Id": 7})
print(isinstance(r, Mapping), isinstance(r, dict), issubclass(Registry, Container))


class Countdown(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("countdown index out of range")
        return self.n - i


cd = Countdown(4)
print(list(cd), cd.index(2), cd.count(1), 3 in cd, list(reversed(cd)), len(cd))
try:
    cd.index(99)
except ValueError as e:
    print("ValueError", e)


class Broken(Mapping):
    def __getitem__(self, key):
        return key


try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
