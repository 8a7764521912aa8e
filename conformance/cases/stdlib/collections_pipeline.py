# collections together: orders grouped with defaultdict, ranked with Counter,
# recent history in a deque, records as namedtuples, settings in a ChainMap.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Order = namedtuple("Order", "id customer item qty price")
orders = [
    Order(1, "ann", "pen", 3, 1.5),
    Order(2, "bob", "ink", 1, 7.0),
    Order(3, "ann", "pad", 2, 4.25),
    Order(4, "cy", "pen", 10, 1.5),
    Order(5, "bob", "pen", 1, 1.5),
]
by_customer = defaultdict(list)
for o in orders:
    by_customer[o.customer].append(o)
spend = {c: sum(o.qty * o.price for o in os) for c, os in by_customer.items()}
print(spend)
items = Counter()
for o in orders:
    items[o.item] += o.qty
print(items.most_common(), items)
recent = deque(maxlen=3)
for o in orders:
    recent.append(o.id)
print(recent, list(recent))
ranking = OrderedDict(sorted(spend.items(), key=lambda kv: kv[1], reverse=True))
print(ranking, next(iter(ranking)))
ranking.move_to_end("ann")
print(list(ranking))
defaults = {"currency": "EUR", "tax": 0.2, "rounding": 2}
user = {"currency": "USD"}
settings = ChainMap(user, defaults)
print(settings["currency"], settings["tax"], len(settings), sorted(settings))
big = [o._replace(qty=o.qty * 2) for o in orders if o.qty >= 3]
print(big)
print(orders[0]._asdict(), Order._fields)
print(isinstance(by_customer, dict), type(items).__name__, type(ranking).__mro__[1].__name__)
