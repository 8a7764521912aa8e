# __repr__, __str__ and __format__ on a Temperature class, used by print, f-strings, format and containers.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __repr__(self):
        return f"Temperature({self.celsius!r})"

    def __str__(self):
        return f"{self.celsius:.1f}°C"

    def __format__(self, spec):
        unit = "C"
        if spec and spec[-1] in "CFK":
            unit, spec = spec[-1], spec[:-1]
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return format(value, spec or ".1f") + ("K" if unit == "K" else "°" + unit)


t = Temperature(21.456)
print(t)
print(repr(t), str(t), [t], (t,), {"t": t})
print(f"{t}", f"{t!r}", f"{t!s}", f"{t:.3F}", f"{t:K}", f"{t:>10.0C}")
print(format(t, ".2F"), "{:F}".format(t), "{0!r} is {0}".format(t), "%s / %r" % (t, t))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", OnlyStr(), f"{OnlyStr()}")
print(format(OnlyRepr(), ""), [OnlyStr()][0].__str__())
try:
    format(OnlyRepr(), ">10")
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


try:
    print([BadRepr()])
except TypeError as exc:
    print("TypeError:", exc)
