# csv reading tab and pipe separated logs; writing with custom quote and escape chars.
import csv
import io

log = "time\tlevel\tmessage\n09:00\tINFO\tstarted\n09:05\tWARN\tdisk at 91%\n09:07\tERROR\t\"quoted\" text\n"
levels = {}
for row in csv.DictReader(io.StringIO(log), dialect="excel-tab"):
    levels[row["level"]] = levels.get(row["level"], 0) + 1
    print(row["time"], row["level"].ljust(5), row["message"])
print(levels)

pipe = "a|b|c\n1|two words|3\n"
print(list(csv.reader(io.StringIO(pipe), delimiter="|")))

buf = io.StringIO()
w = csv.writer(buf, quotechar="'", delimiter=",", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["it's", "plain", "a,b"])
print(buf.getvalue(), end="")
print(list(csv.reader(io.StringIO(buf.getvalue()), quotechar="'")))
buf = io.StringIO()
w = csv.writer(buf, doublequote=False, escapechar="\\", lineterminator="\n")
w.writerow(['say "hi"', "back\\slash", "x"])
print(buf.getvalue(), end="")
print(list(csv.reader(io.StringIO(buf.getvalue()), doublequote=False, escapechar="\\")))
d = csv.excel()
print(d.delimiter, repr(d.lineterminator), csv.unix_dialect.quoting == csv.QUOTE_ALL)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.field_size_limit(), issubclass(csv.Error, Exception))
