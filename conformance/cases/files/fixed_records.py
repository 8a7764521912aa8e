# A tiny fixed-width record store: binary seek/tell, r+b updates in place,
# truncate, and a text journal appended with a+ and read back with readlines(hint).
RECORD = 16


def pack(name, qty):
    text = f"{name:<10}{qty:>5}\n"
    return text.encode("ascii")


def unpack(raw):
    text = raw.decode("ascii")
    return text[:10].rstrip(), int(text[10:15])


with open("stock.db", "wb") as db:
    for name, qty in [("apples", 12), ("pears", 7), ("plums", 30), ("kiwis", 0)]:
        db.write(pack(name, qty))
    print("size after write:", db.tell())

with open("stock.db", "r+b") as db:
    db.seek(2 * RECORD)
    print("record 2:", unpack(db.read(RECORD)))
    db.seek(RECORD)
    name, qty = unpack(db.read(RECORD))
    db.seek(-RECORD, 1)
    db.write(pack(name, qty + 5))
    print("position after update:", db.tell())
    db.seek(-RECORD, 2)
    print("last:", unpack(db.read()))
    db.seek(3 * RECORD)
    print("truncated to:", db.truncate())

with open("stock.db", "rb") as db:
    records = []
    while chunk := db.read(RECORD):
        records.append(unpack(chunk))
print(records)

with open("journal.txt", "a+") as log:
    print("journal starts at", log.tell())
    for name, qty in records:
        log.write(f"{name}={qty}\n")
    log.seek(0)
    print("first two lines:", log.readlines(12))
    print("rest:", log.read().splitlines())

with open("journal.txt", "a+") as log:
    log.write("checked\n")
    log.seek(0)
    print(len(log.readlines()), "lines after reopening")

try:
    with open("stock.db", "rb") as db:
        db.seek(-1)
except OSError as e:
    print("OSError:", e)

with open("journal.txt") as log:
    try:
        log.truncate(0)
    except Exception as e:
        print(type(e).__name__ + ":", e)
