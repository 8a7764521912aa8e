# Generators with context managers and exception handling, drained by builtins:
# cleanup runs when the consumer finishes, exceptions propagate through the
# consumer to the caller's except block, and dict() takes pairs lazily.


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("close", self.name, kind.__name__ if kind else None)
        Resource.opened.remove(self.name)
        return kind is KeyError


def read_rows(name, rows):
    with Resource(name):
        for row in rows:
            if row == "missing":
                raise KeyError(row)
            if row == "broken":
                raise ValueError(f"bad row in {name}")
            yield row.upper()


print(list(read_rows("a", ["x", "y"])))
print(sorted(read_rows("b", ["q", "p", "missing", "z"])))
print("-".join(read_rows("c", ["k", "l"])), Resource.opened)

try:
    total = sum(len(r) for r in read_rows("d", ["ab", "broken", "cd"]))
except ValueError as e:
    print("caught:", e, Resource.opened)

pairs = ((name, len(name)) for name in read_rows("e", ["one", "three"]))
print(dict(pairs))

table = {}
table.update((k, v * 2) for k, v in [("a", 1), ("b", 2)])
print(table)
try:
    dict(x for x in ["ab", "cde"])
except ValueError as e:
    print(e)

print(max(read_rows("f", ["aa", "b", "cccc"]), key=len), min(read_rows("g", []), default="-"))
print(all(len(r) == 1 for r in read_rows("h", ["x", "y"])), Resource.opened)
