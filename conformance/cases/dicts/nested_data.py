# Nested dicts and lists like JSON data, deep access and transformation.
orders = [
    {"id": 1, "customer": {"name": "Ann", "tier": "gold"}, "lines": [{"sku": "A", "qty": 2, "price": 9.5}]},
    {"id": 2, "customer": {"name": "Ben", "tier": "basic"}, "lines": [
        {"sku": "B", "qty": 1, "price": 20.0},
        {"sku": "A", "qty": 3, "price": 9.5},
    ]},
]


def order_total(order):
    subtotal = sum(line["qty"] * line["price"] for line in order["lines"])
    discount = 0.1 if order["customer"]["tier"] == "gold" else 0
    return round(subtotal * (1 - discount), 2)


for order in orders:
    print(order["id"], order["customer"]["name"], order_total(order))

qty_by_sku = {}
for order in orders:
    for line in order["lines"]:
        qty_by_sku[line["sku"]] = qty_by_sku.get(line["sku"], 0) + line["qty"]
print(qty_by_sku)

summary = {o["customer"]["name"]: {"total": order_total(o), "items": len(o["lines"])} for o in orders}
print(summary)
print(orders[0].get("shipping", {}).get("city", "unknown"))
print(orders[1]["lines"][1]["sku"], orders[-1]["customer"])
