# object(), type(), id-free identity checks, and issubclass/isinstance against builtin type objects.
sentinel = object()
other = object()
print(sentinel is sentinel, sentinel is other, sentinel == other, type(sentinel).__name__, bool(sentinel))
print(type(1), type("a"), type([]), type(type), type(object), type(None))
print(type(1) is int, type(True) is int, type(True) is bool, type(1.0) == float)
print(int.__name__, bool.__bases__, object.__bases__, type.__bases__, issubclass(bool, object))
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, 1j, range(1), len, object()]
print([type(v).__name__ for v in values])
by_type = {}
for v in values:
    by_type.setdefault(type(v).__name__, 0)
    by_type[type(v).__name__] += 1
print(sorted(by_type))
print(isinstance(object(), object), isinstance(int, object), isinstance(int, type), isinstance(type, type))
try:
    object().name = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(type(1)("42") + 1, type("")(3.0), type([])("ab"))
try:
    int.custom = 1
except TypeError as exc:
    print("TypeError:", exc)
