# Counting, grouping and inverting with plain dicts over a list of orders.
orders = [
    {"id": 1, "customer": "acme", "item": "bolt", "qty": 100},
    {"id": 2, "customer": "zenith", "item": "nut", "qty": 250},
    {"id": 3, "customer": "acme", "item": "nut", "qty": 50},
    {"id": 4, "customer": "orbit", "item": "bolt", "qty": 75},
    {"id": 5, "customer": "acme", "item": "washer", "qty": 10},
    {"id": 6, "customer": "zenith", "item": "bolt", "qty": 20},
]
per_customer = {}
for o in orders:
    per_customer[o["customer"]] = per_customer.get(o["customer"], 0) + o["qty"]
print(per_customer)
by_item = {}
for o in orders:
    by_item.setdefault(o["item"], []).append(o["id"])
print(by_item)
count_by_customer = {}
for o in orders:
    count_by_customer[o["customer"]] = count_by_customer.get(o["customer"], 0) + 1
top = max(count_by_customer, key=count_by_customer.get)
print(count_by_customer, "top:", top)
owner_of = {}
for item, ids in by_item.items():
    for i in ids:
        owner_of[i] = item
print(owner_of)
inverse = {}
for cust, qty in per_customer.items():
    inverse.setdefault(qty > 100, []).append(cust)
print(inverse)
matrix = {}
for o in orders:
    row = matrix.setdefault(o["customer"], {})
    row[o["item"]] = row.get(o["item"], 0) + o["qty"]
items = sorted(by_item)
print(" " * 7 + "".join(f"{i:>8}" for i in items))
for cust in sorted(matrix):
    print(f"{cust:<7}" + "".join(f"{matrix[cust].get(i, 0):>8}" for i in items))
