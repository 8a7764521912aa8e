# Lookup precedence: data descriptors beat the instance dict, which beats non-data descriptors.
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor"

    def __set__(self, obj, value):
        print(f"  DataDesc.__set__({value!r})")


class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "non-data descriptor"


class Thing:
    d = DataDesc()
    n = NonDataDesc()
    plain = "class attribute"

    def method(self):
        return "method"


t = Thing()
t.__dict__.update(d="instance d", n="instance n", plain="instance plain", method=lambda: "instance callable")
print(t.d, "|", t.n, "|", t.plain, "|", t.method())
t.d = "assigned"
print(t.d, t.__dict__["d"])
del t.__dict__["n"]
print(t.n, Thing.n, Thing.d)
print(Thing.method(t), type(Thing.__dict__["method"]).__name__)


class Reader:
    def __get__(self, obj, objtype=None):
        return f"read via {objtype.__name__}" + ("" if obj is None else " instance")


class Sub(Thing):
    r = Reader()


print(Sub.r, Sub().r, Sub().d)
try:
    del t.d
except AttributeError as exc:
    print("AttributeError:", exc)
