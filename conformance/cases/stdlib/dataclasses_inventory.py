# An inventory built from dataclasses: defaults, default_factory, ordering, asdict/astuple, replace.
from dataclasses import asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Supplier:
    name: str
    country: str = "NL"


@dataclass(order=True)
class Product:
    sku: str
    price: float
    stock: int = 0
    tags: list = field(default_factory=list)
    supplier: Supplier = field(default_factory=lambda: Supplier("generic"), compare=False)

    def __post_init__(self):
        self.sku = self.sku.upper()

    @property
    def value(self):
        return round(self.price * self.stock, 2)


@dataclass
class Inventory:
    products: list = field(default_factory=list)
    counter: int = field(default=0, repr=False)

    def add(self, product):
        self.products.append(product)
        self.counter += 1
        return self


inv = Inventory()
inv.add(Product("ab-1", 2.5, 10, ["tools"])).add(Product("cd-2", 19.99, 3))
inv.add(Product("ef-3", 2.5, 1, supplier=Supplier("acme", "DE")))
print(inv)
print([p.value for p in inv.products], inv.counter)
print(sorted(inv.products)[0].sku, max(inv.products).sku)
print(Product("x", 1.0) == Product("X", 1.0), Product("x", 1.0) == Product("x", 2.0))
print(asdict(inv.products[2]))
print(astuple(Supplier("s")), [f.name for f in fields(Product)], is_dataclass(inv), is_dataclass(3))
cheaper = replace(inv.products[1], price=9.99)
print(cheaper, cheaper is inv.products[1], inv.products[1].price)
a, b = Product("q", 1.0), Product("r", 1.0)
a.tags.append("sale")
print(a.tags, b.tags)

for bad in [lambda: Product(), lambda: Product("a", 1, 2, [], None, 6), lambda: Product("a", 1, colour="red")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Broken:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        id: int = 0
        name: str
except TypeError as e:
    print("TypeError:", e)
