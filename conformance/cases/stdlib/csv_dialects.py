# csv dialects and formatting parameters: tabs, unix, quoting modes, escapechar.
import csv
import io

rows = [["id", "label", "score"], [1, "plain", 3.5], [2, "with,comma", -1], [3, 'say "hi"', 0.0]]
for dialect in ["excel", "excel-tab", "unix"]:
    buf = io.StringIO()
    csv.writer(buf, dialect=dialect).writerows(rows)
    print(dialect, repr(buf.getvalue()))

print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel")
print(repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting, d.doublequote, d.escapechar)

for quoting in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting, lineterminator="\n").writerows(rows)
    print(quoting, buf.getvalue().splitlines())

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", 'c"d', "e"])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), quoting=csv.QUOTE_NONE, escapechar="\\")))

nums = io.StringIO('"name",1,2.5\n"x",3,4\n')
print(list(csv.reader(nums, quoting=csv.QUOTE_NONNUMERIC)))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, skipinitialspace=True)
data = "a| b|  c\n'q'|\"r|s\"|t\n"
print(list(csv.reader(io.StringIO(data), "pipes")))
print(list(csv.reader(io.StringIO("a;b;'c;d'\n"), delimiter=";", quotechar="'")))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("csv.Error:", e)


class Semicolon(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


buf = io.StringIO()
csv.writer(buf, Semicolon).writerow(["x;y", 2])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()), Semicolon)))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
