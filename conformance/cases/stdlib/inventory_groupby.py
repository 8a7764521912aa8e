# Warehouse inventory report with Counter, defaultdict, groupby and namedtuple.
from collections import Counter, defaultdict, namedtuple
from itertools import groupby
from operator import attrgetter, itemgetter

Item = namedtuple("Item", "sku category warehouse qty price")
stock = [
    Item("A100", "tools", "east", 5, 9.99),
    Item("B200", "garden", "west", 12, 4.50),
    Item("A100", "tools", "west", 3, 9.99),
    Item("C300", "kitchen", "east", 0, 15.00),
    Item("D400", "garden", "east", 7, 2.25),
    Item("E500", "tools", "east", 9, 19.95),
    Item("B200", "garden", "east", 4, 4.50),
]

by_sku = Counter()
for it in stock:
    by_sku[it.sku] += it.qty
print(by_sku.most_common(3), by_sku.total(), +by_sku)
print(sorted(by_sku.elements())[:6])

ordered = Counter({"A100": 10, "B200": 10, "F600": 2})
print("need:", ordered - by_sku, "surplus:", by_sku - ordered)
print("union:", by_sku | ordered, "min:", by_sku & ordered)
left = by_sku.copy()
left.subtract(ordered)
print(left, left["Z999"], "Z999" in left)

for cat, items in groupby(sorted(stock, key=attrgetter("category")), key=attrgetter("category")):
    items = list(items)
    value = sum(i.qty * i.price for i in items)
    print(f"{cat:<8} {len(items)} lines {sum(i.qty for i in items):>3} units ${value:>8.2f}")

per_wh = defaultdict(lambda: defaultdict(int))
for it in stock:
    per_wh[it.warehouse][it.category] += it.qty
print({wh: dict(cats) for wh, cats in sorted(per_wh.items())})

empty = [it.sku for it in stock if not it.qty]
print("out of stock:", empty)
rows = sorted(((it.sku, it.warehouse, it.qty) for it in stock), key=itemgetter(2), reverse=True)
print(rows[:3])
words = Counter("the quick brown fox jumps over the lazy dog the end".split())
print(words.most_common(2), list(words)[:4], words["cat"])
words.update(["fox", "fox"])
words.update({"dog": 5})
print(words["fox"], words["dog"], sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(Counter(a=3, b=-1) + Counter(), -Counter(a=-2, b=1), Counter("abc") == Counter("cba"))
print(Counter(a=2) <= Counter(a=3, b=1), Counter.fromkeys if False else "ok")
