# dataclasses: defaults, field factories, ordering, frozen, __post_init__.
from dataclasses import dataclass, field, asdict


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1

    @property
    def total(self) -> float:
        return self.price * self.quantity


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def add(self, item: Item) -> "Cart":
        self.items.append(item)
        return self

    def total(self) -> float:
        return sum(i.total for i in self.items)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def __post_init__(self):
        if self.major < 0:
            raise ValueError("negative major")


cart = Cart("ann").add(Item("pen", 1.5, 4)).add(Item("book", 12.0))
print(cart)
print(cart.total(), asdict(cart)["items"][0])
print(Item("a", 1.0) == Item("a", 1.0), sorted([Version(2), Version(1, 5), Version(1)]))
v = Version(3, 1)
try:
    v.major = 4
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    Version(-1)
except ValueError as exc:
    print("rejected:", exc)
print(cart.items[2].name)
