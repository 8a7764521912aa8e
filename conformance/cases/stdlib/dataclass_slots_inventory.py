# Inventory items as slotted, keyword-only and nested dataclasses, serialised with asdict.
import json
from dataclasses import dataclass, field, asdict, astuple, fields, replace, KW_ONLY
from typing import ClassVar


@dataclass(slots=True)
class Dimensions:
    w: float
    h: float
    d: float

    def volume(self):
        return self.w * self.h * self.d


@dataclass
class Item:
    sku: str
    name: str
    _: KW_ONLY
    price: float = 0.0
    dims: Dimensions = field(default_factory=lambda: Dimensions(1, 1, 1))
    tags: list[str] = field(default_factory=list)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Item.count += 1
        self.sku = self.sku.upper()


@dataclass(eq=False)
class Bin:
    code: str
    items: list[Item] = field(default_factory=list)

    def total_volume(self):
        return sum(i.dims.volume() for i in self.items)


a = Item("a-1", "bolt", price=0.25, tags=["metal"])
b = Item("b-2", "crate", dims=Dimensions(2, 3, 4), price=12.5)
bin1 = Bin("B1", [a, b])
print(a, b.dims, Item.count, bin1.total_volume())
print(json.dumps(asdict(bin1), sort_keys=True))
print(astuple(b), [f.name for f in fields(Item)], Dimensions.__slots__)
print(Bin("x") == Bin("x"), Item("q", "w") == Item("Q", "w"))
c = replace(a, name="big bolt", price=0.5)
print(c, c.sku, Item.count)
try:
    Item("x", "y", 5.0)
except TypeError as e:
    print("TypeError:", e)
by_tag = {}
for it in bin1.items:
    for t in it.tags or ["untagged"]:
        by_tag.setdefault(t, []).append(it.name)
print(by_tag)
print(Item.__match_args__, repr(Dimensions(0.5, 1, 2)))
match b:
    case Item(sku=s, price=p) if p > 10:
        print("expensive", s, p)
    case _:
        print("cheap")
Dimensions(1, 2)
