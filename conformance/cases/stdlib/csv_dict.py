# csv.DictReader / DictWriter: restkey, restval, extrasaction, fieldnames.
import csv
import io

text = "name,age,city\nAda,36,London\nAlan,41,Wilmslow,extra1,extra2\nGrace,85\n"
reader = csv.DictReader(io.StringIO(text))
print(reader.fieldnames)
for row in reader:
    print(row)

reader = csv.DictReader(io.StringIO(text), restkey="more", restval="?")
print([row for row in reader])

people = [
    {"name": "Linus", "lang": "C", "year": 1991},
    {"name": "Guido", "lang": "Python", "year": 1991},
    {"name": "Yukihiro", "lang": "Ruby"},
]
buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["name", "lang", "year"], restval="n/a")
writer.writeheader()
writer.writerows(people)
print(buf.getvalue(), end="")

buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["name"], extrasaction="ignore", lineterminator="\n")
writer.writeheader()
writer.writerow({"name": "x", "junk": 1})
print(repr(buf.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError:", e)

noheader = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["x", "y"])
print([dict(r) for r in noheader], noheader.line_num)
empty = csv.DictReader(io.StringIO(""))
print(empty.fieldnames, list(empty))
