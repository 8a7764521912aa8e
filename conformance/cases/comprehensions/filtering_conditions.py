# Filtering with if clauses, chained conditions and conditional expressions in the output part.
products = [
    {"name": "laptop", "price": 1200, "stock": 3, "tags": ["tech"]},
    {"name": "mug", "price": 8, "stock": 0, "tags": ["kitchen"]},
    {"name": "phone", "price": 800, "stock": 10, "tags": ["tech", "mobile"]},
    {"name": "pan", "price": 35, "stock": 4, "tags": ["kitchen"]},
    {"name": "cable", "price": 12, "stock": 50, "tags": ["tech"]},
]
in_stock = [p["name"] for p in products if p["stock"]]
print(in_stock)
cheap_tech = [p["name"] for p in products if "tech" in p["tags"] if p["price"] < 1000]
print(cheap_tech)
labels = [f"{p['name']}{'' if p['stock'] else ' (sold out)'}" for p in products]
print(labels)
tiers = {p["name"]: ("premium" if p["price"] > 500 else "mid" if p["price"] > 20 else "budget") for p in products}
print(tiers)
restock = {p["name"]: 10 - p["stock"] for p in products if p["stock"] < 10}
print(restock)
prices = [p["price"] for p in products]
above_avg = [p["name"] for p in products if p["price"] > sum(prices) / len(prices)]
print(above_avg)
print([n for n in range(50) if n % 3 == 0 if n % 5 == 0], [n if n % 2 else -n for n in range(6)])
print(sum(p["price"] * p["stock"] for p in products), max((p["price"], p["name"]) for p in products if p["stock"] > 3))
all_tags = sorted({t for p in products for t in p["tags"]})
print(all_tags)
try:
    print([p["name"] for p in products if p["discount"] > 0])
except KeyError as exc:
    print("KeyError:", exc)
