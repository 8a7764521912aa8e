# Dict methods, ordering, views and merging.
inventory = {"apples": 5, "pears": 2}
inventory["plums"] = 7
inventory.update({"pears": 4, "kiwis": 1})
print(inventory, len(inventory))
print(inventory.get("apples"), inventory.get("figs"), inventory.get("figs", 0))
print(list(inventory.keys()), list(inventory.values()), list(inventory.items())[:2])
print(inventory.pop("plums"), inventory.pop("figs", "none"), inventory.setdefault("figs", 3))
print(inventory.popitem(), inventory)
del inventory["apples"]
inventory["apples"] = 9
print(inventory)
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
merged |= {"d": 5}
print(merged, {**merged, "a": 0})
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), dict(one=1, two=2))
print("apples" in inventory, 5 in inventory.values(), sorted(inventory, key=inventory.get))
for key, value in sorted(inventory.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{key:>8}: {value}")
copy = dict(inventory)
copy.clear()
print(copy, inventory == dict(inventory), {1: "a"} == {1.0: "a"})
