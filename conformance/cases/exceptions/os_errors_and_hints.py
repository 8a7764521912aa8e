# OSError's errno forms and subclasses, the exception hierarchy, and "Did you mean" hints in tracebacks.
import math

errors = [OSError(2, "No such file or directory", "data.csv"), OSError(13, "Permission denied"),
          OSError(111, "Connection refused"), OSError(99, "odd"), OSError("plain"), IOError(17, "exists", "a", None, "b")]
for e in errors:
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e))
print(IOError is OSError, EnvironmentError is OSError, issubclass(ConnectionResetError, ConnectionError))
print([c.__name__ for c in ConnectionError.__subclasses__()], TimeoutError.__mro__[1].__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), BlockingIOError.__bases__)
try:
    raise FileNotFoundError(2, "No such file or directory", "cfg.ini")
except OSError as exc:
    print(repr(exc), exc.errno, isinstance(exc, FileNotFoundError))
try:
    math.sqr(2)
except AttributeError as exc:
    print(exc, exc.name)
try:
    print(lenght)
except NameError as exc:
    print(exc, exc.name)


class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10

    def add_item(self, name):
        self.items[name] = self.items.get(name, 0) + 1


def restock(inv, names):
    total_added = 0
    for n in names:
        inv.add_item(n)
        total_added += 1
    return totl_added if names else inv.add_items(names)


inv = Inventory()
try:
    inv.capacty
except AttributeError as exc:
    print("AttributeError:", exc)
restock(inv, ["apple"])
