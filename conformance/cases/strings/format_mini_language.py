# str.format and format(): fills, alignment, signs, grouping, nested fields, conversions, indexing.
rows = [("Widget", 1234.5, -3), ("Gadget", 0.25, 12), ("Gizmo", 1e6, 0)]
for name, price, delta in rows:
    print("{:<8}|{:>12,.2f}|{:+4d}|{:^7.1%}|{:e}".format(name, price, delta, price / 1e6, price))
print("{0}{1}{0}".format("-", "+"), "{x[1]}{y.real}".format(x=[0, "a"], y=3), "{!r:>8}".format("q"), "{!a}".format("ñ"))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9), "{:{}.{}f}".format(3.14159, 8, 2))
print(format(255, "#x"), format(255, "08b"), format(-255, "_"), format(1234567, ","), format(0.5, ".0%"), format(12, "c"))
print(format(-0.0, "z.1f"), format(-0.04, "z.1f"), format(-1.5, "z.1f"), format(1e-7, "g"), format(123456789.0, ".3g"))
print(format("text", "^10"), format("text", ".2"), format(True, ">6"), format(True, "d"), format(3, "n"), format(2.5, "=+8.2f"))
data = {"user": "ana", "n": 3}
print("{user} has {n} item{s}".format_map({**data, "s": "s"}), "{0[user]!s:>6}".format(data))


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"


t = Temp(21.5)
print(format(t, ".1F"), f"{t:.0f}", "{:>8}".format(format(t, "")), "{0:.2F}".format(t))
for bad in ["{", "}", "{0}{}", "{:d}", "{0!x}", "{:=^}", "{a.}"]:
    try:
        print(bad.format("s", a=1))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
for value, spec in [("s", "d"), (1.5, "x"), (3, "s"), ([1], "^5"), (2, ".2"), ("x", "z")]:
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
"{missing}".format(other=1)
