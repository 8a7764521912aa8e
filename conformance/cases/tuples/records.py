# Tuples as lightweight records: sorting, grouping, and field access by position.
flights = [
    ("BA117", "LHR", "JFK", 435, 7.9),
    ("AF006", "CDG", "JFK", 500, 8.4),
    ("LH400", "FRA", "JFK", 520, 8.9),
    ("BA283", "LHR", "LAX", 680, 11.2),
    ("AF066", "CDG", "LAX", 705, 11.5),
]
CODE, ORIGIN, DEST, PRICE, HOURS = range(5)
cheapest = min(flights, key=lambda f: f[PRICE])
print("cheapest:", cheapest[CODE], cheapest[PRICE])
by_dest = {}
for f in flights:
    by_dest.setdefault(f[DEST], []).append(f[CODE])
print(by_dest)
for code, origin, dest, price, hours in sorted(flights, key=lambda f: (f[DEST], -f[PRICE])):
    print(f"{code} {origin}->{dest} ${price:<4} {hours:>4.1f}h ${price / hours:6.2f}/h")
routes = sorted({(f[ORIGIN], f[DEST]) for f in flights})
print(routes)
totals = tuple(sum(f[i] for f in flights) for i in (PRICE, HOURS))
print(totals, type(totals).__name__)
print(flights[0][1:3], flights[-1][::-1][:2], len(flights[0]))
print(max(flights, key=lambda f: f[HOURS])[CODE], sorted(f[PRICE] for f in flights))
