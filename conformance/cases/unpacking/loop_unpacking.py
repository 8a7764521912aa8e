# Unpacking in for loops: pairs, triples, enumerate with nested tuples, dict items and zip.
inventory = [("apple", 3, 0.5), ("pear", 0, 0.75), ("plum", 12, 0.2)]
for name, qty, price in inventory:
    print(f"{name:<6} {qty:>3} x {price:.2f} = {qty * price:.2f}")
for i, (name, qty, _) in enumerate(inventory, 1):
    print(i, name, qty)
totals = {}
for name, qty, price in inventory:
    totals[name] = qty * price
for name, total in sorted(totals.items(), key=lambda kv: kv[1]):
    print(name, round(total, 2))
for (name, qty, price), tag in zip(inventory, "xyz"):
    print(tag, name)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
pairs = [(1, 2), (3, 4)]
sums = [a + b for a, b in pairs]
print(sums)
edges = {("a", "b"): 5, ("b", "c"): 2}
for (src, dst), weight in edges.items():
    print(f"{src}->{dst}: {weight}")
try:
    for name, qty in inventory:
        print(name, qty)
except ValueError as exc:
    print("ValueError:", exc)
