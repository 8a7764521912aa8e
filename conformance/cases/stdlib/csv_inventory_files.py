# Inventory sync: read CSV files from a folder, merge with DictReader, write a report with csv.writer.
import csv
import glob
import io
import os

os.makedirs("data", exist_ok=True)
stores = {
    "north": [("sku", "name", "qty", "price"), ("A1", "Pen", "10", "1.50"), ("B2", "Pad, A4", "3", "4.00")],
    "south": [("sku", "name", "qty", "price"), ("A1", "Pen", "7", "1.50"), ("C3", 'Mug "XL"', "2", "9.99")],
}
for store, rows in stores.items():
    with open(f"data/{store}.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
with open("data/empty.csv", "w", newline="") as f:
    f.write("sku,name,qty,price\n")

totals = {}
for path in sorted(glob.glob("data/*.csv")):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        n = 0
        for row in reader:
            item = totals.setdefault(row["sku"], {"name": row["name"], "qty": 0, "value": 0.0})
            item["qty"] += int(row["qty"])
            item["value"] += int(row["qty"]) * float(row["price"])
            n += 1
    print(os.path.basename(path), n, "rows")

with open("report.csv", "w", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(["sku", "name", "qty", "value"])
    for sku in sorted(totals):
        t = totals[sku]
        w.writerow([sku, t["name"], t["qty"], round(t["value"], 2)])
with open("report.csv", newline="") as f:
    raw = f.read()
print(raw.replace("\r\n", "|"))
with open("report.csv", newline="") as f:
    rows = list(csv.reader(f, quoting=csv.QUOTE_NONNUMERIC))
print(rows)
sniff_sample = "id;name;score\n1;ann;90\n2;bob;85\n"
dialect = csv.Sniffer().sniff(sniff_sample)
print(dialect.delimiter, csv.Sniffer().has_header(sniff_sample))
print(list(csv.reader(io.StringIO(sniff_sample), dialect)))
with open("data/bad.csv", "w") as f:
    f.write('a,"unterminated\n')
with open("data/bad.csv", newline="") as f:
    print(list(csv.reader(f)))
with open("data/bad.csv", newline="") as f:
    r = csv.reader(f, strict=True)
    try:
        list(r)
    except csv.Error as e:
        print("csv.Error:", e, r.line_num)
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.excel.delimiter, csv.excel_tab.delimiter)
with open("data/missing.csv") as f:
    pass
