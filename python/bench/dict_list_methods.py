"""A mix of dict and list methods: get/setdefault/pop/update/items, append/extend/insert/index/count."""

inventory = {}
log = []
for i in range(20000):
    key = "sku%03d" % (i % 500)
    inventory[key] = inventory.get(key, 0) + (i % 7) - 2
    if i % 11 == 0:
        log.append((key, inventory[key]))
groups = {}
for key, qty in inventory.items():
    groups.setdefault(qty % 10, []).append(key)
print(len(inventory), len(log), sorted((k, len(v)) for k, v in groups.items())[:4])

stock = dict(inventory)
removed = [stock.pop("sku%03d" % j, None) for j in range(0, 600, 3)]
stock.update({"new%d" % j: j for j in range(100)})
print(len(stock), removed.count(None), sum(v for v in stock.values() if v > 0))

queue = []
for i in range(5000):
    queue.append(i)
    if i % 3 == 0:
        queue.extend([i, i + 1])
    if i % 50 == 0:
        queue.insert(0, -i)
print(len(queue), queue.index(999), queue.count(30), queue[:5])
while len(queue) > 1000:
    queue.pop()
queue.reverse()
print(queue[:3], sum(queue), min(queue), max(queue))

matrix = [[r * c for c in range(30)] for r in range(30)]
flat = [x for row in matrix for x in row]
print(len(flat), flat.count(0), sorted(set(flat))[-3:], list(reversed(flat))[:3])
keys = list(inventory.keys())
vals = list(inventory.values())
print(keys[10], vals[10], "sku010" in inventory, len([k for k in keys if k.endswith("7")]))
counts = {}
for word in ("alpha beta gamma delta " * 2000).split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()), {k: v for k, v in counts.items() if k < "c"})
