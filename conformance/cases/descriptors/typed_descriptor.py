# A typed attribute descriptor with defaults and coercion, used by several model classes.
class Typed:
    def __init__(self, kind, default=None, coerce=False):
        self.kind = kind
        self.default = default
        self.coerce = coerce

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            if not self.coerce:
                raise TypeError(f"{type(obj).__name__}.{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
            value = self.kind(value)
        obj.__dict__[self.name] = value


class Sensor:
    name = Typed(str)
    reading = Typed(float, default=0.0, coerce=True)
    samples = Typed(int, default=0)

    def record(self, value):
        self.reading = value
        self.samples += 1
        return self


s = Sensor()
print(s.name, s.reading, s.samples)
s.name = "thermo"
s.record(21).record("22.5").record(True)
print(s.name, s.reading, s.samples, vars(s))
print(Sensor.reading.kind.__name__, Sensor.samples.default)
try:
    s.reading = "warm"
except ValueError as e:
    print("ValueError:", e)
try:
    s.samples = 1.5
except TypeError as exc:
    print("TypeError:", exc)
