# Properties with setters, classmethod factories, staticmethods, class counters.
class Temperature:
    instances = 0

    def __init__(self, celsius=0.0):
        self._celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature below absolute zero: {value}")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

    def __repr__(self):
        return f"{type(self).__name__}({self._celsius:.1f})"


t = Temperature(25)
print(t, t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit, Temperature.is_freezing(-5), Temperature.from_fahrenheit(212))
print(Temperature.instances, hasattr(t, "celsius"), getattr(t, "kelvin", "n/a"))
setattr(t, "label", "boiling")
print(t.label, vars(t))
t.celsius = -300
