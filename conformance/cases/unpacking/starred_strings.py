# Starred unpacking on strings and other iterables: initials, file extensions, and CSV fields.
first, *_, last = "Guido van Rossum".split()
print(first[0] + last[0], first, last)
*name_parts, ext = "archive.backup.tar.gz".split(".")
print(name_parts, ext)
head, *body = "hello"
print(head, body, "".join(body))
letters = [*"abc"]
print(letters, [*"abc"] == list("abc"))
date_str = "2024-03-15"
year, month, day = map(int, date_str.split("-"))
print(year, month, day, month * 100 + day)
csv = "id,name,email,phone,notes"
key, *fields = csv.split(",")
print(key, fields, len(fields))
x, *y = b"bytes"
print(x, y)
a, *b, c = range(10)
print(a, len(b), c)
*beginning, end = [0]
print(beginning, end)
*nothing, one, two = "ab"
print(nothing, one, two)
try:
    p, *q, r = "x"
except ValueError as exc:
    print("ValueError:", exc)
