# An order model with dataclasses: defaults, default_factory, order, frozen, asdict and replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from decimal import Decimal
from typing import List, Optional


@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    currency: str = "USD"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)


@dataclass
class LineItem:
    sku: str
    qty: int
    unit: Money

    @property
    def total(self):
        return Money(self.unit.amount * self.qty, self.unit.currency)


@dataclass
class Order:
    order_id: int
    customer: str
    items: List[LineItem] = field(default_factory=list)
    note: Optional[str] = None
    tags: set = field(default_factory=set, repr=False, compare=False)

    def add(self, sku, qty, price):
        self.items.append(LineItem(sku, qty, Money(Decimal(price))))
        return self

    def total(self):
        result = Money(Decimal("0"))
        for it in self.items:
            result = result + it.total
        return result


o = Order(1, "ann").add("pen", 3, "1.20").add("pad", 1, "4.50")
o2 = Order(2, "bob", note="rush")
print(o)
print(o.total(), o2, o2.items is not o.items)
print(asdict(o)["items"][0], astuple(o2))
print([f.name for f in fields(Order)], fields(Money)[1].default)
print(Money(Decimal("1")) < Money(Decimal("2")), sorted([Money(Decimal(5), "EUR"), Money(Decimal(5))]))
print(Order(1, "ann") == Order(1, "ann", tags={"x"}), Order(1, "a") == Order(2, "a"))
m = Money(Decimal("9.99"))
print(replace(m, currency="GBP"), hash(m) == hash(Money(Decimal("9.99"))), m.__match_args__)
try:
    m.amount = Decimal(0)
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Money(Decimal(1)) + Money(Decimal(1), "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Order()
except TypeError as e:
    print("TypeError:", e)
print(Order.__eq__ is not object.__eq__, Money.__lt__.__name__, Order.__dataclass_params__.frozen)
Money(Decimal(1)) < 5
