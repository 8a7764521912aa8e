# A fixed-width report: ljust, rjust, center, zfill, expandtabs and computed column widths.
rows = [
    ("Product", "Qty", "Price"),
    ("Keyboard", "2", "49.99"),
    ("Mouse", "15", "9.5"),
    ("Ultra-wide Monitor", "1", "799"),
]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
print(widths)
line = "+".join("-" * (w + 2) for w in widths)
print("+" + line + "+")
for i, (name, qty, price) in enumerate(rows):
    cells = [name.ljust(widths[0]), qty.rjust(widths[1]), price.rjust(widths[2])]
    print("| " + " | ".join(cells) + " |")
    if i == 0:
        print("+" + line + "+")
print("+" + line + "+")
print(repr("abc".center(9, "*")), repr("abc".center(8, "*")), repr("abcd".center(9)), repr("x".center(0)))
print(repr("7".zfill(3)), repr("-7".zfill(4)), repr("+12".zfill(5)), repr("abc".zfill(6)), repr("12345".zfill(3)))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)), repr("ab\n\tc".expandtabs(3)))
print(repr("left".ljust(10, ".")), repr("right".rjust(10, ".")))
for n in (1, 22, 333, 4444):
    print(str(n).rjust(6), str(n).zfill(6), f"{n:>6}", f"{n:06}")
title = " Summary "
print(title.center(30, "="))
try:
    "x".center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    print("x".ljust("10"))
except TypeError as exc:
    print("TypeError:", exc)
