# csv with numbers: QUOTE_NONNUMERIC round trips, floats, None and booleans.
import csv
import io

rows = [
    ["item", "qty", "unit_price", "discount"],
    ["bolt", 100, 0.05, None],
    ["nut", 250, 0.02, 0.1],
    ["washer", 0, 1e-3, 1.5e10],
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
for row in rows:
    w.writerow(row)
print(buf.getvalue())
parsed = list(csv.reader(io.StringIO(buf.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
for row in parsed:
    print(row)
total = sum(r[1] * r[2] for r in parsed[1:])
print(round(total, 4), type(parsed[1][1]).__name__)
flags = io.StringIO()
csv.writer(flags, quoting=csv.QUOTE_NONNUMERIC).writerow([True, False, "yes", 2j])
print(repr(flags.getvalue()))
plain = io.StringIO()
csv.writer(plain).writerows([[1, 2.5, -3], [10**20, 1 / 3, float("inf")], ["", None, 0]])
print(repr(plain.getvalue()))
print(list(csv.reader(plain.getvalue().splitlines())))
try:
    list(csv.reader(["1,abc"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)
