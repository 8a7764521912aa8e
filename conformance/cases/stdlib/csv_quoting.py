# Quoting modes, escaping and parse errors in the csv module.
import csv
import io

rows = [["id", "name", "comment", "price"],
        [1, "Widget", 'says "hi"', 2.5],
        [2, "Gadget, large", "multi\nline", 10],
        [3, "", None, -0.0]]

for name in ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC"]:
    buf = io.StringIO()
    csv.writer(buf, quoting=getattr(csv, name)).writerows(rows)
    print(name, repr(buf.getvalue()))

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"x', "plain"])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, delimiter="|", lineterminator="\n", quotechar="'").writerow(["x|y", "it's", 3])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, doublequote=False, escapechar="\\").writerow(['say "no"'])
print(repr(buf.getvalue()))

text = 'id,name,price\n1,"Widget, small",2.5\n2,"The ""best""",3\n3,  spaced ,4\n'
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(io.StringIO(text), skipinitialspace=True))[3])
print(list(csv.reader(io.StringIO('"1","x"\n2,y\n'), quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\tb\t"c\td"'], dialect="excel-tab")))
print(list(csv.reader(["x;y", "1;2"], delimiter=";")), list(csv.reader([""])))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
buf = io.StringIO()
csv.writer(buf, dialect="pipes").writerow([1, "two"])
print(repr(buf.getvalue()), sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting == csv.QUOTE_ALL, d.lineterminator == "\r\n")
csv.unregister_dialect("pipes")
for bad in [lambda: csv.get_dialect("pipes"),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: list(csv.reader(['a,"b'], strict=True)),
            lambda: list(csv.reader(io.StringIO('a,"bc"d\n'), strict=True)),
            lambda: csv.writer(io.StringIO(), delimiter="ab"),
            lambda: list(csv.reader(io.StringIO("1,2\n"), quoting=csv.QUOTE_NONNUMERIC))]:
    try:
        bad()
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(csv.reader(['a,"b'])))
list(csv.reader(["x,y", 42]))
