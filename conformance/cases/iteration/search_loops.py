# Searching with for-else, next() with a default, and index tracking over a product catalogue.
catalogue = [
    {"sku": "A1", "name": "desk", "price": 250, "tags": ["office", "wood"]},
    {"sku": "B2", "name": "chair", "price": 120, "tags": ["office"]},
    {"sku": "C3", "name": "lamp", "price": 35, "tags": ["light"]},
    {"sku": "D4", "name": "shelf", "price": 80, "tags": ["wood", "storage"]},
]


def find_by_sku(sku):
    for item in catalogue:
        if item["sku"] == sku:
            return item
    return None


for sku in ("C3", "Z9"):
    item = find_by_sku(sku)
    print(sku, item["name"] if item else "not found")
for item in catalogue:
    if item["price"] < 50:
        print("first cheap item:", item["name"])
        break
else:
    print("nothing cheap")
for item in catalogue:
    if "metal" in item["tags"]:
        print("found metal")
        break
else:
    print("no metal items")
print(next((i["name"] for i in catalogue if "wood" in i["tags"]), None))
print(next((i["name"] for i in catalogue if i["price"] > 1000), "none over 1000"))
idx = next(i for i, item in enumerate(catalogue) if item["name"] == "shelf")
print("shelf index", idx)
pairs = [(a["name"], b["name"]) for i, a in enumerate(catalogue) for b in catalogue[i + 1 :] if a["price"] + b["price"] == 155]
print(pairs)
print(next(i["name"] for i in catalogue if i["price"] == 0))
