# Errors raised inside lambdas used as map and sort callbacks, caught and reported; safe key functions.
parse_price = lambda s: float(s.strip().lstrip("$"))
prices = ["$3.50", " 4 ", "$0.99"]
print(list(map(parse_price, prices)))
try:
    print(parse_price("free"))
except ValueError as e:
    print("ValueError:", e)
records = [{"n": 3}, {"n": 1}, {"m": 2}]
try:
    records.sort(key=lambda r: r["n"])
except KeyError as e:
    print("KeyError from sort key:", e)
print([r.get("n", 0) for r in sorted(records, key=lambda r: r.get("n", 0))])
total = sum(map(lambda p: parse_price(p) * 2, prices))
print(total)
divide_all = lambda xs, d: [x / d for x in xs]
print(divide_all([1, 2], 4))
try:
    print(sorted(["10", "9", "x"], key=lambda s: int(s)))
except ValueError as exc:
    print("ValueError:", exc)
