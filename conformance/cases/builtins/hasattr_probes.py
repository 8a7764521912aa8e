# hasattr / getattr(obj, name, default) probing many kinds of objects, as
# template engines and serializers do on every value they output.
import math


class Plain:
    kind = "plain"

    def __init__(self):
        self.x = 1


class WithProperty:
    @property
    def ok(self):
        return "fine"

    @property
    def missing(self):
        raise AttributeError("computed attribute is absent")

    @property
    def broken(self):
        raise ValueError("getter failed")


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name.upper()
        raise AttributeError(name)


class Slotted:
    __slots__ = ("a",)


class Html(str):
    def __html__(self):
        return self


values = [
    "text", 3, 2.5, None, [1], {"k": 1}, (1,), {1}, b"b", Plain(), WithProperty(),
    Dynamic(), Slotted(), Html("<b>"), math, Plain, len, range(3), type,
]
for v in values:
    print(type(v).__name__, hasattr(v, "__html__"), hasattr(v, "__len__"),
          getattr(v, "kind", "-"), getattr(v, "__name__", "-"))

w = WithProperty()
print(hasattr(w, "ok"), hasattr(w, "missing"), getattr(w, "missing", "default"))
try:
    hasattr(w, "broken")
except ValueError as e:
    print("ValueError:", e)
try:
    getattr(w, "broken", None)
except ValueError as e:
    print("ValueError:", e)

d = Dynamic()
print(hasattr(d, "dyn_x"), getattr(d, "dyn_y", 0), hasattr(d, "other"), getattr(d, "other", "no"))
s = Slotted()
print(hasattr(s, "a"), getattr(s, "a", "unset"))
s.a = 5
print(hasattr(s, "a"), getattr(s, "a", "unset"))
print(hasattr(math, "tau"), hasattr(math, "nope"), getattr(math, "nope", None))
print(hasattr(Plain, "kind"), hasattr(Plain, "x"), getattr(Plain, "x", "class has no x"))
print(getattr(Plain(), "x"), getattr(3, "real"), getattr("s", "upper")())
try:
    getattr(Plain(), "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(Plain, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    hasattr(1, 2)
except TypeError as e:
    print("TypeError:", e)
