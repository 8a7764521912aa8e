# Text files across encodings and newline conventions: latin-1 exports read with
# error handlers, CRLF files read with universal newlines and with newline='',
# and writing Windows line endings explicitly.
rows = ["Zoë,Müller,Köln", "José,Peña,Málaga", "Ann,Lee,York"]

with open("export.csv", "w", encoding="latin-1", newline="\r\n") as f:
    for row in rows:
        f.write(row + "\n")

with open("export.csv", "rb") as f:
    raw = f.read()
print(len(raw), raw.count(b"\r\n"), raw[:12])

with open("export.csv", encoding="latin-1") as f:
    print([line.split(",")[2] for line in f.read().splitlines()])

with open("export.csv", encoding="latin-1", newline="") as f:
    print(repr(f.readline()))

for handler in ["replace", "ignore", "backslashreplace"]:
    with open("export.csv", errors=handler) as f:
        print(handler, repr(f.readline()))

try:
    with open("export.csv", encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

try:
    with open("ascii.txt", "w", encoding="ascii") as f:
        f.write("plain\n")
        f.write("naïve\n")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

with open("mixed.txt", "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rend")

with open("mixed.txt") as f:
    print(f.readlines())
with open("mixed.txt", newline="") as f:
    print(f.readlines())
with open("mixed.txt", newline="\n") as f:
    print([line for line in f])

with open("utf8.txt", "w", encoding="utf-8") as f:
    n = f.write("€uro ✓\n")
print("chars written:", n)
with open("utf8.txt", "rb") as f:
    print("bytes on disk:", len(f.read()))
with open("utf8.txt", encoding="UTF8") as f:
    print(f.encoding, f.read().strip())

try:
    open("utf8.txt", "rb", errors="strict")
except ValueError as e:
    print("ValueError:", e)
