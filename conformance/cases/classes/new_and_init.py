# __new__ versus __init__: instance caching, immutable subclasses of int/str/tuple, and call order.
class Tracked:
    def __new__(cls, *args):
        print(f"  __new__({cls.__name__}, {args})")
        return super().__new__(cls)

    def __init__(self, value):
        print(f"  __init__(value={value})")
        self.value = value


t = Tracked(5)
print(t.value)


class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            inst = super().__new__(cls)
            inst.name = key
            cls._cache[key] = inst
        return cls._cache[key]


print(Color("Red") is Color("RED"), Color("red") is Color("blue"), len(Color._cache))


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError(f"{degrees} is below absolute zero")
        return super().__new__(cls, degrees)

    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(25)
print(c, c.to_f(), c + 1, type(c + 1).__name__, isinstance(c, float))


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = Upper("hello")
print(u, len(u), u.lower(), type(u).__name__, u == "HELLO")


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, 2)
print(p, p.swap(), p[0], len(p), isinstance(p, tuple))


class NotSelf:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NotSelf())
try:
    Celsius(-300)
except ValueError as exc:
    print("ValueError:", exc)
