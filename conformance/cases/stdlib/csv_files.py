# csv with files from open(): write, read back, multi-line quoted fields, errors.
import csv

with open("scores.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["player", "comment", "points"])
    w.writerow(["amy", "line one\nline two", 12])
    w.writerow(["bob", "", 7])
    w.writerow(["cat", " spaced ", 9])

with open("scores.csv", newline="") as f:
    print(repr(f.read()))

with open("scores.csv", newline="") as f:
    r = csv.reader(f)
    head = next(r)
    best = max(r, key=lambda row: int(row[2]))
    print(head, best, r.line_num)

with open("scores.csv", newline="") as f:
    for rec in csv.DictReader(f):
        print(rec["player"], repr(rec["comment"]), int(rec["points"]) * 2)

print(list(csv.reader(['a,"unterminated'])))
print(list(csv.reader(["x,y", "", "z"])))
print(list(csv.reader(['"a""b",c', ' "d" ,e'])))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    list(csv.reader(["a\rb,c"]))
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.reader(5)
except TypeError as e:
    print("TypeError:", e)
try:
    csv.writer(io := None)
except TypeError as e:
    print("TypeError:", e)
w = csv.writer(open("out.csv", "w", newline=""))
print(w.writerow(["a", 1]), w.dialect.delimiter)
r = csv.reader(["x,y"])
print(r.dialect.quotechar, next(r))
csv.writer(open("out2.csv", "w")).writerow(5)
