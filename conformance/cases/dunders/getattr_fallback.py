# __getattr__ runs only for missing attributes: a proxy that forwards, records and renames calls.
class Recorder:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args):
                self.calls.append((name, args))
                return attr(*args)

            return wrapper
        return attr


items = Recorder([3, 1, 2])
items.append(5)
items.sort()
print(items._target, items.index(5), items.calls)
print(items.calls is items.__dict__["calls"])


class Settings:
    defaults = {"color": "blue", "size": 10}

    def __init__(self, **overrides):
        self.__dict__.update(overrides)

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"{type(self).__name__!r} has no setting {name!r}")


s = Settings(size=12)
print(s.size, s.color, hasattr(s, "weight"), getattr(s, "weight", "default weight"))


class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: f"value of {field}"
        raise AttributeError(name)


lazy = Lazy()
print(lazy.get_name(), lazy.get_age())
print(s.weight)
