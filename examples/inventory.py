# Inventory system with classes, exceptions, comprehensions, formatting.
class OutOfStock(Exception):
    def __init__(self, item, requested, available):
        super().__init__(f"{item}: requested {requested}, only {available} left")
        self.item = item

class Inventory:
    def __init__(self):
        self._stock = {}
        self.log = []

    def add(self, item, qty=1, *, price=0.0):
        entry = self._stock.setdefault(item, {"qty": 0, "price": price})
        entry["qty"] += qty
        if price:
            entry["price"] = price
        self.log.append(("add", item, qty))
        return self

    def remove(self, item, qty=1):
        entry = self._stock.get(item)
        if entry is None:
            raise KeyError(item)
        if entry["qty"] < qty:
            raise OutOfStock(item, qty, entry["qty"])
        entry["qty"] -= qty
        self.log.append(("remove", item, qty))

    @property
    def total_value(self):
        return sum(e["qty"] * e["price"] for e in self._stock.values())

    def __len__(self):
        return sum(1 for e in self._stock.values() if e["qty"] > 0)

    def __contains__(self, item):
        return item in self._stock and self._stock[item]["qty"] > 0

    def report(self):
        lines = [f"{name:<10}{e['qty']:>5}{e['price']:>9.2f}" for name, e in sorted(self._stock.items())]
        return "\n".join(lines)

inv = Inventory()
inv.add("apple", 10, price=0.5).add("pear", 4, price=0.75).add("fig", 0, price=2.0)
inv.remove("apple", 3)
try:
    inv.remove("pear", 10)
except OutOfStock as e:
    print("error:", e, "| item =", e.item)
try:
    inv.remove("kiwi")
except KeyError as e:
    print("missing:", e)
print(inv.report())
print(len(inv), "apple" in inv, "fig" in inv, f"{inv.total_value:.2f}")
print([op for op, *_ in inv.log], sorted({item for _, item, _ in inv.log}))
counts = {}
for op, item, qty in inv.log:
    counts[op] = counts.get(op, 0) + qty
print(dict(sorted(counts.items())))
