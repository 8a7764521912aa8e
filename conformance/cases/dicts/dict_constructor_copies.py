# dict(d) copies: independent of the source, insertion order kept (also
# after deletions), subclasses and keywords handled like CPython.
inventory = {"apple": 3, "pear": 5, "plum": 7, "fig": 1}
del inventory["pear"]
inventory["pear"] = 9
snapshot = dict(inventory)
inventory["apple"] = 0
inventory["kiwi"] = 4
print(snapshot)
print(inventory)
print(list(snapshot.keys()), len(snapshot))


class Counts(dict):
    def keys(self):
        return ["b", "a"]

    def __getitem__(self, key):
        return super().__getitem__(key) * 10


c = Counts(a=1, b=2)
print(dict(c))
print(dict(inventory, fig=100))
print(dict({"x": [1]})["x"] is dict({"x": [1]})["x"])
nested = {"items": [1, 2]}
shallow = dict(nested)
shallow["items"].append(3)
print(nested, shallow is nested, shallow == nested)
filters = {name: len(name) for name in ("upper", "lower", "title", "join")}
mine = dict(filters)
mine["shout"] = 5
del mine["upper"]
print(sorted(filters), sorted(mine))
print(dict(), dict({}), dict([("k", "v")]))
print(type(dict(c)) is dict, type(Counts(c)) is Counts)
try:
    dict({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError:", e)
