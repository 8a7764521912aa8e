# csv ETL: read a messy export, normalise fields, write a clean file, read it back.
import csv
import io

export = (
    'Name ; Email ; Joined ; Plan\r\n'
    '" Ada Lovelace " ; ADA@EXAMPLE.COM ; 2021-03-01 ; pro\r\n'
    'Alan Turing ; alan@example.com ; 2020-11-15 ; free\r\n'
    '\r\n'
    '"Hopper; Grace" ; grace@example.com ; 2019-07-09 ; "team"\r\n'
)
reader = csv.reader(io.StringIO(export, newline=""), delimiter=";", skipinitialspace=True)
header = [h.strip().lower() for h in next(reader)]
clean = []
for row in reader:
    if not row:
        print("skipped blank line at", reader.line_num)
        continue
    rec = dict(zip(header, (field.strip() for field in row)))
    rec["email"] = rec["email"].lower()
    clean.append(rec)
print(header)
for rec in clean:
    print(rec)

out = io.StringIO(newline="")
w = csv.DictWriter(out, fieldnames=header, quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
w.writerows(clean)
print(out.getvalue())
back = list(csv.DictReader(io.StringIO(out.getvalue())))
print(back == clean, len(back), back[-1]["name"])
plans = {}
for rec in back:
    plans.setdefault(rec["plan"], []).append(rec["name"])
print(plans)
