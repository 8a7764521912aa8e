# Properties that convert between units: a thermostat storing Celsius, exposing Fahrenheit and Kelvin.
class Thermostat:
    MIN_C, MAX_C = 5.0, 35.0

    def __init__(self, celsius=20.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        clamped = min(self.MAX_C, max(self.MIN_C, float(value)))
        if clamped != value:
            print(f"  clamped {value} to {clamped}")
        self._c = clamped

    @property
    def fahrenheit(self):
        return round(self._c * 9 / 5 + 32, 2)

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    kelvin = property(lambda self: round(self._c + 273.15, 2), doc="read-only kelvin")

    def __str__(self):
        return f"{self.celsius:.1f}C / {self.fahrenheit:.1f}F / {self.kelvin:.2f}K"


t = Thermostat()
print(t)
t.fahrenheit = 68 + 9
print(t)
t.celsius = 50
print(t)
t.fahrenheit = -40
print(t, Thermostat.kelvin.__doc__)
readings = []
for f in (60, 70, 80, 90):
    t.fahrenheit = f
    readings.append(t.celsius)
print([round(r, 2) for r in readings])
try:
    t.kelvin = 300
except AttributeError as exc:
    print("AttributeError:", exc)
