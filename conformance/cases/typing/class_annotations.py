# Class-level annotations describe fields; only those with values become class attributes.
class Product:
    name: str
    price: float = 0.0
    tags: list[str]
    discount: "float | None" = None
    count: int = 0

    def __init__(self, name: str, price: float, tags: list[str] | None = None) -> None:
        self.name = name
        self.price = price
        self.tags = tags or []
        Product.count += 1

    def final_price(self) -> float:
        return round(self.price * (1 - (self.discount or 0)), 2)


p = Product("lamp", 40.0, ["home"])
p.discount = 0.25
print(p.name, p.price, p.tags, p.final_price(), Product.count)
print(Product.__annotations__)
print([k for k in Product.__annotations__ if hasattr(Product, k)])
print(Product.__init__.__annotations__)
q = Product("pen", "cheap")
print(q.price, Product.count)


class Child(Product):
    extra: bool = True


print(Child.__annotations__, Child.price)
try:
    print(Product.tags)
except AttributeError as exc:
    print("AttributeError:", exc)
