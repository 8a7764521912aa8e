# Iterating dicts: keys by default, items() unpacking, values(), sorting by value and nested dicts.
inventory = {"apples": 12, "pears": 0, "kiwis": 7, "plums": 3}
for fruit in inventory:
    print(fruit, end=" ")
print()
for fruit, count in inventory.items():
    if count:
        print(f"{fruit}: {count}")
print(sum(inventory.values()), max(inventory, key=inventory.get), min(inventory.items(), key=lambda kv: kv[1]))
for fruit, count in sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{fruit:>7} {'#' * count}")
nested = {"eu": {"fr": 67, "de": 83}, "asia": {"jp": 125, "kr": 52, "vn": 98}}
for region, countries in nested.items():
    total = 0
    for code, pop in countries.items():
        total += pop
    print(region, total, sorted(countries))
flat = {f"{r}.{c}": p for r, cs in nested.items() for c, p in cs.items()}
print(flat)
print(list(enumerate(inventory)), [k for k, v in inventory.items() if v > 5])
print("apples" in inventory, 12 in inventory, 12 in inventory.values())
for key in list(inventory):
    if inventory[key] == 0:
        del inventory[key]
print(inventory)
try:
    for k, v in inventory:
        print(k, v)
except ValueError as exc:
    print("ValueError:", exc)
