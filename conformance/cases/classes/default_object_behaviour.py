# What object provides by default: identity equality, str falling back to repr, hashability, __class__.
class Plain:
    pass


class WithRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"WithRepr({self.v})"


class WithEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b, bool(a))
print(hash(a) == hash(a), len({a, b, a}))
w = WithRepr(3)
print(str(w), repr(w), f"{w}", [w], "%s %r" % (w, w), format(w))
e1, e2 = WithEq(1), WithEq(1)
print(e1 == e2, e1 != e2, e1 == 1, WithEq.__hash__ is None)
print(type(a).__name__, a.__class__ is Plain, Plain.__bases__[0].__name__, object.__name__)
print(isinstance(a, object), sorted(vars(a)), Plain.__doc__, Plain.__module__)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    {e1}
except TypeError as e:
    print("TypeError:", e)
try:
    print(a.missing)
except AttributeError as exc:
    print("AttributeError:", exc)
