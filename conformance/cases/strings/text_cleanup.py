# Cleaning messy user input: strip, split, join, replace, lower and whitespace normalisation.
raw_entries = [
    "  Alice Smith ,  alice@EXAMPLE.com , 555-1234  ",
    "BOB  JONES,bob@example.org,  555 9876",
    "\tcarol   o'neil , Carol@Example.Net ,(555) 000-1111\n",
]


def normalize_name(name):
    return " ".join(part.capitalize() for part in name.split())


def normalize_phone(phone):
    digits = "".join(ch for ch in phone if ch.isdigit())
    return f"{digits[:3]}-{digits[3:]}" if len(digits) == 7 else digits


records = []
for line in raw_entries:
    name, email, phone = [field.strip() for field in line.split(",")]
    records.append((normalize_name(name), email.lower(), normalize_phone(phone)))
for r in records:
    print(r)

text = "  The   quick\tbrown\n\nfox   jumps  "
print(repr(text.strip()), repr(text.lstrip()), repr(text.rstrip()))
print(repr(" ".join(text.split())))
print(text.split(" ")[:5])
print("xxhelloxx".strip("x"), "<<a>>".strip("<>"), "www.example.com".lstrip("w."), "abc123".rstrip("0123456789"))
print("a-b-c".replace("-", "+"), "aaaa".replace("a", "b", 2), "abc".replace("", "."), "x".replace("y", "z"))
csv_line = "id;name;;score;"
print(csv_line.split(";"), len(csv_line.split(";")))
print(",".join(["a", "b", "c"]), "".join(reversed("stressed")), " | ".join(map(str, [1, 2, 3])))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
