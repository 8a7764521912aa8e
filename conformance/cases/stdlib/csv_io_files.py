# io.StringIO and open() with csv: appending rows, reading with DictReader, updating.
import csv
import io
import os

path = "ledger.csv"
with open(path, "w", newline="") as f:
    csv.writer(f).writerow(["date", "desc", "amount"])
entries = [("2024-01-02", "coffee", "-3.50"), ("2024-01-03", "salary", "2500.00"),
           ("2024-01-05", "rent, january", "-900.00")]
for entry in entries:
    with open(path, "a", newline="") as f:
        csv.writer(f).writerow(entry)
print(os.path.getsize(path) > 0)
with open(path, newline="") as f:
    rows = list(csv.DictReader(f))
balance = 0.0
for r in rows:
    balance += float(r["amount"])
    print(f'{r["date"]} {r["desc"]:<15} {float(r["amount"]):>9.2f} {balance:>9.2f}')
for r in rows:
    if r["desc"] == "coffee":
        r["amount"] = "-4.00"
with open(path, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["date", "desc", "amount"])
    w.writeheader()
    w.writerows(rows)
with open(path) as f:
    print(f.read())
s = io.StringIO()
s.write("x,y\n")
s.write("1,2\n")
s.seek(0)
print(list(csv.reader(s)), s.tell())
s = io.StringIO("k,v\r\na,1\r\n")
print([r for r in csv.DictReader(s)], s.getvalue().count("\r\n"))
os.remove(path)
print(os.path.exists(path))
