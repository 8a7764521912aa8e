# str.format: positional and keyword fields, indexing, attributes, nested specs, format_map.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(3, -4)
print("{} + {} = {}".format(1, 2, 1 + 2))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Zed", age=40))
print("({0.x}, {0.y})".format(p), "{p.x:+d}/{p.y:+d}".format(p=p))
print("{0[0]} {0[2]} {1[key]}".format([10, 20, 30], {"key": "value"}))
print("{:<8}|{:^8}|{:>8}|".format("left", "mid", "right"))
print("{:*^20}".format(" title "), "{:-<10}".format(""), "{:08.3f}".format(-3.14159))
width, prec = 12, 3
print("[{:{w}.{p}f}]".format(2.718281828, w=width, p=prec))
print("[{0:>{1}}]".format("x", 5), "{:{}{}}".format(7, ">", 4))
print("{!r} {!s} {!a}".format("tab\t", "tab\t", "ü"))
print("{{literal}} {}".format("braces"))
print("{:,} {:_} {:_b} {:#x} {:e}".format(1234567, 1234567, 255, 255, 0.000321))
print("{:%} {:.1%}".format(0.25, 0.3333))
stock = {"item": "lamp", "qty": 4}
print("{item}: {qty}".format_map(stock))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{item} by {maker}".format_map(Default(stock)))
table = [("north", 1520.5), ("south", 980.25), ("east", 12000.0)]
for region, amount in table:
    print("{:<6} {:>12,.2f}".format(region, amount))
try:
    "{} {}".format("one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
"{missing}".format(present=1)
