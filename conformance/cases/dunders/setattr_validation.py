# __setattr__ and __delattr__ for validation, read-only fields and change tracking.
class Product:
    READ_ONLY = {"sku"}

    def __init__(self, sku, price, qty=0):
        object.__setattr__(self, "_changes", [])
        object.__setattr__(self, "sku", sku)
        self.price = price
        self.qty = qty

    def __setattr__(self, name, value):
        if name in self.READ_ONLY:
            raise AttributeError(f"{name} is read-only")
        if name == "price" and value < 0:
            raise ValueError(f"price cannot be negative: {value}")
        if name == "qty" and not isinstance(value, int):
            raise TypeError(f"qty must be int, not {type(value).__name__}")
        self._changes.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        if name in ("price", "sku"):
            raise AttributeError(f"cannot delete {name}")
        self._changes.append((name, "<deleted>"))
        super().__delattr__(name)


p = Product("X-1", 9.99, 3)
p.price = 12.5
p.note = "sale"
del p.note
print(vars(p))
print(p._changes)
for attr, value in [("sku", "Y"), ("price", -1), ("qty", 2.5)]:
    try:
        setattr(p, attr, value)
    except (AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del p.price
except AttributeError as e:
    print("AttributeError:", e)
print(p.sku, p.price, p.qty, len(p._changes))
del p.qty
del p.qty
