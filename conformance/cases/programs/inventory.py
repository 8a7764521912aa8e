# A small inventory system: classes, dicts, sorting, formatting, exceptions.
class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self._stock = {}
        self._prices = {}
        self.history = []

    def add(self, sku, qty, price=None):
        self._stock[sku] = self._stock.get(sku, 0) + qty
        if price is not None:
            self._prices[sku] = price
        self.history.append(("add", sku, qty))

    def remove(self, sku, qty):
        have = self._stock.get(sku, 0)
        if qty > have:
            raise OutOfStock(f"cannot remove {qty} x {sku}: only {have} left")
        self._stock[sku] = have - qty
        self.history.append(("remove", sku, qty))

    def value(self):
        return sum(qty * self._prices.get(sku, 0) for sku, qty in self._stock.items())

    def report(self):
        lines = [f"{'SKU':<8}{'QTY':>5}{'PRICE':>9}"]
        for sku in sorted(self._stock):
            lines.append(f"{sku:<8}{self._stock[sku]:>5}{self._prices.get(sku, 0):>9.2f}")
        lines.append(f"{'total':<13}{self.value():>9.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("pen", 100, 0.5)
inv.add("pad", 20, 3.25)
inv.add("ink", 5, 12.0)
inv.remove("pen", 30)
try:
    inv.remove("ink", 9)
except OutOfStock as exc:
    print("warning:", exc)
print(inv.report())
print(len(inv.history), inv.history[-1])
low = [sku for sku, qty in inv._stock.items() if qty < 10]
print("low stock:", low)
inv.remove("pad", 21)
