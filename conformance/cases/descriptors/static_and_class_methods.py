# staticmethod and classmethod: calling via class and instance, inheritance, and cls-based counters.
class Temperature:
    unit = "C"
    created = 0

    def __init__(self, value):
        self.value = value
        type(self).created += 1

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @staticmethod
    def f_to_c(f):
        return (f - 32) * 5 / 9

    @classmethod
    def from_f(cls, f):
        return cls(cls.f_to_c(f))

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}, {cls.created} created"

    def __repr__(self):
        return f"{type(self).__name__}({self.value:.1f}{self.unit})"


class Kelvin(Temperature):
    unit = "K"
    created = 0

    @classmethod
    def from_f(cls, f):
        t = super().from_f(f)
        t.value += 273.15
        return t


print(Temperature.c_to_f(100), Temperature(0).c_to_f(-40), Temperature.f_to_c(212))
print(Temperature.from_f(98.6), Kelvin.from_f(32), Kelvin(5))
print(Temperature.describe(), Kelvin.describe(), Kelvin(1).describe())
sm = Temperature.__dict__["c_to_f"]
cm = Temperature.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(0), callable(sm))
bound = Kelvin.from_f
print(bound.__self__.__name__, bound.__func__.__name__)
try:
    print(Temperature.c_to_f("hot"))
except TypeError as exc:
    print("TypeError:", exc)
