# Class vs instance attributes, __slots__-free dynamic attributes, __dict__, AttributeError.
class Config:
    defaults = {"debug": False, "level": 1}
    registry = []

    def __init__(self, **overrides):
        self.values = dict(self.defaults)
        self.values.update(overrides)
        Config.registry.append(self)

    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        raise AttributeError(f"no setting named {name!r}")


a = Config(debug=True)
b = Config(level=3)
print(a.debug, a.level, b.debug, b.level, len(Config.registry))
b.extra = "dynamic"
print(sorted(vars(b)), type(a).__name__, Config.__name__)


class Point:
    pass


p = Point()
p.x = 1
print(p.x, hasattr(p, "y"), p.__class__.__name__)
print(a.verbose)
