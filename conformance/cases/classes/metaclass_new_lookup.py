# Looking up __new__ on a class whose metaclass defines __new__ finds the
# class's own __new__ (object.__new__), not the metaclass's.

class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def describe(cls):
        return f"<registered {cls.__name__}>"


class Plugin(metaclass=Registry):
    def __init__(self, tag="plain"):
        self.tag = tag


class Cached(metaclass=Registry):
    _instances = {}

    def __new__(cls, key):
        if key not in cls._instances:
            inst = super().__new__(cls)
            inst.key = key
            cls._instances[key] = inst
        return cls._instances[key]


p = Plugin.__new__(Plugin)
print(type(p).__name__, hasattr(p, "tag"))
p.__init__("fancy")
print(p.tag)
print(Plugin.__new__ is object.__new__)
print(Plugin.describe())
print(Registry.classes)

a = Cached("x")
b = Cached("x")
print(a is b, a.key, Cached.__new__(Cached, "y").key)
print(sorted(Cached._instances))
