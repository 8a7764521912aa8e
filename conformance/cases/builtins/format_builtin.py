# format() with the format-spec mini-language for ints, floats, strings and user __format__ methods.
values = [(42, ""), (42, "5d"), (42, "<5"), (42, "^7"), (42, "+"), (-42, " "), (42, "x"), (42, "#b"), (1234567, ","), (1234567, "_"), (255, "#010x"), (3, "c" if False else "d")]
for v, spec in values:
    print(repr(spec), repr(format(v, spec)))
for v, spec in [(3.14159, ".2f"), (3.14159, "10.3f"), (0.000123, "e"), (1234.5, ",.1f"), (0.75, "%"), (2.0, "g"), (1e-7, "g"), (float("nan"), "f"), (-0.0, "+.1f")]:
    print(repr(spec), repr(format(v, spec)))
for v, spec in [("hi", ""), ("hi", ">6"), ("hi", "*^8"), ("hello", ".3"), ("hi", "<4"), (True, ""), (True, "d"), (None, "")]:
    print(repr(spec), repr(format(v, spec)))


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        if spec == "short":
            return f"${self.amount / 1000:.1f}k"
        return "$" + format(self.amount, spec or ",.2f")


m = Money(1234567.891)
print(format(m), format(m, "short"), format(m, ",.0f"), f"{m:short}", "{:>14}".format(format(m)))
for v, spec in [(42, "s"), ("x", "d"), (3.5, "x"), (42, ".2s"), ([1], ">5")]:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    format(1, "invalid spec")
except ValueError as exc:
    print("ValueError:", exc)
