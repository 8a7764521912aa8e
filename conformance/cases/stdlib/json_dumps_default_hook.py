# Exporting domain objects: dates, sets, decimals and dataclasses go through
# default= or a JSONEncoder subclass.
import json
from dataclasses import dataclass, asdict
from datetime import date, datetime, timezone
from decimal import Decimal


@dataclass
class LineItem:
    sku: str
    qty: int
    price: Decimal


@dataclass
class Order:
    id: int
    placed: datetime
    ships: date
    items: list
    tags: set


def to_json(obj):
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, date):
        return obj.strftime("%d %b %Y")
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, set):
        return sorted(obj)
    if isinstance(obj, LineItem):
        return {"sku": obj.sku, "qty": obj.qty, "price": obj.price}
    raise TypeError(f"cannot export {type(obj).__name__}")


order = Order(
    7,
    datetime(2024, 3, 9, 14, 30, tzinfo=timezone.utc),
    date(2024, 3, 12),
    [LineItem("A-1", 2, Decimal("9.99")), LineItem("B-7", 1, Decimal("120.00"))],
    {"gift", "express"},
)
print(json.dumps(order, default=lambda o: to_json(o) if not isinstance(o, Order) else o.__dict__))
print(json.dumps({"order": order.__dict__}, default=to_json, indent=2))


class ExportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"z": 3 - 4j, "roots": [1j, -1j], "ids": frozenset({3, 1})}, cls=ExportEncoder))
print(ExportEncoder(indent=1, sort_keys=True).encode({"b": {2, 1}, "a": 2j}))
print(json.dumps([frozenset({5})], default=list), json.dumps({"when": date(2020, 1, 2)}, default=str))

# default may return something that itself needs default.
def layered(o):
    if isinstance(o, date):
        return {"date": o.isoformat(), "weekday": o.strftime("%A")}
    raise TypeError("no")

print(json.dumps([date(2024, 2, 29)], default=layered))

for value in [object(), {"nested": [1, {"deep": {1, 2}}]}, {"x": Decimal("1.5")}]:
    try:
        print(json.dumps(value))
    except TypeError as exc:
        print("TypeError:", exc)
try:
    json.dumps({"when": datetime(2024, 1, 1)}, cls=ExportEncoder)
except TypeError as exc:
    print("TypeError:", exc)
try:
    json.dumps([1, 2, LineItem("c", 1, Decimal(1))], default=layered)
except TypeError as exc:
    print("TypeError:", exc)
