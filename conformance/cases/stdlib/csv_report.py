# csv: reading quoted data from a StringIO, aggregating, writing a report.
import csv
import io

raw = '''region,product,units,price
north,"Widget, large",10,2.50
south,Gadget,4,10.00
north,Gadget,7,10.00
east,"Thing ""deluxe""",1,99.99
south,"Widget, large",3,2.50
'''
rows = list(csv.reader(io.StringIO(raw)))
header, data = rows[0], rows[1:]
print(header)
for row in data:
    print(row)

totals = {}
for region, product, units, price in data:
    totals[region] = totals.get(region, 0) + int(units) * float(price)
out = io.StringIO()
writer = csv.writer(out)
writer.writerow(["region", "revenue", "note"])
for region in sorted(totals):
    writer.writerow([region, f"{totals[region]:.2f}", 'has "quotes", commas' if region == "east" else None])
writer.writerows([["total", round(sum(totals.values()), 2), ""], [""]])
print(repr(out.getvalue()))
print(out.getvalue(), end="")

reader = csv.reader(io.StringIO(out.getvalue()))
for row in reader:
    print(reader.line_num, row)
