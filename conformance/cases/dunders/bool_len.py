# Truthiness of objects: __bool__ wins over __len__, __len__ is the fallback, default objects are true.
class Inventory:
    def __init__(self, items):
        self.items = dict(items)

    def __len__(self):
        print("  __len__ called")
        return sum(self.items.values())


class Connection:
    def __init__(self, open_):
        self.open = open_

    def __bool__(self):
        print("  __bool__ called")
        return self.open

    def __len__(self):
        return 99


class Plain:
    pass


inv_empty = Inventory({"apples": 0})
inv_full = Inventory({"apples": 3, "pears": 2})
print(bool(inv_empty), bool(inv_full), len(inv_full))
if inv_full:
    print("have stock")
print(bool(Connection(False)), bool(Connection(True)), len(Connection(False)))
print(not Connection(True), Connection(False) or "fallback", bool(Plain()))
items = [inv_empty, Connection(True), Plain(), inv_full]
print(sum(1 for i in items if i))
print([type(x).__name__ for x in filter(None, items)])
w = 0
while Connection(w < 1):
    w += 1
print("loops", w)


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    if BadBool():
        print("unreachable")
except TypeError as exc:
    print("TypeError:", exc)
