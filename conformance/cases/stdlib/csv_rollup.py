# Monthly sales roll-up: DictReader over a file, DictWriter to StringIO and back to a file.
import csv
import io
from collections import defaultdict

raw = """date,region,product,units,unit_price
2024-01-03,north,widget,10,2.50
2024-01-15,south,gadget,3,10.00
2024-02-01,north,gadget,5,9.50
2024-02-11,north,widget,7,2.50
2024-02-28,south,widget,12,2.40
2024-03-05,east,gizmo,1,99.99
"""
with open("sales.csv", "w", newline="") as f:
    f.write(raw)

totals = defaultdict(float)
units = defaultdict(int)
with open("sales.csv", newline="") as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    for row in reader:
        month = row["date"][:7]
        totals[(month, row["region"])] += int(row["units"]) * float(row["unit_price"])
        units[row["product"]] += int(row["units"])
    print("lines read:", reader.line_num)

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["month", "region", "revenue"])
writer.writeheader()
for (month, region), revenue in sorted(totals.items()):
    writer.writerow({"month": month, "region": region, "revenue": f"{revenue:.2f}"})
print(out.getvalue(), end="")
print(repr(out.getvalue().splitlines()[1]))

with open("units.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["product", "units", "note"])
    w.writerows([(p, n, "bulk, discount" if n > 20 else "") for p, n in sorted(units.items())])
with open("units.csv", newline="") as f:
    text = f.read()
print(text.replace("\r\n", "<CRLF>\n"), end="")
with open("units.csv", newline="") as f:
    for rec in csv.reader(f):
        print(rec)

partial = io.StringIO("name,score\nann,90\nbob\ncid,70,extra,more\n")
for row in csv.DictReader(partial, restkey="overflow", restval="N/A"):
    print(row)
fixed = csv.DictReader(io.StringIO("a;b\n1;2\n"), fieldnames=["x", "y"], delimiter=";")
print(list(fixed))
w = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
w.writerow({"a": 1, "b": 2})
strict = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    strict.writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
