# Attribute reads, writes and probes whose answers the interpreter memoises or
# short-cuts: __getattr__ after a missing name or a property raising
# AttributeError, the setattr/getattr/hasattr/delattr builtins against
# descriptors, hooks and __slots__, class attribute writes, builtin methods
# of user subclasses, and dict/set iteration.
from typing import List, Optional


class Lazy:
    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback:" + name


lazy = Lazy()
print(lazy.broken, lazy.missing)
print(getattr(lazy, "other", 1), hasattr(lazy, "anything"))
lazy.real = 5
print(lazy.real, getattr(lazy, "real"))


class Strict:
    def __getattr__(self, name):
        if name.startswith("ok_"):
            return name[3:]
        raise AttributeError(f"no {name} here")


s = Strict()
print(getattr(s, "ok_yes"), getattr(s, "nope", "default"), hasattr(s, "nope"))
try:
    s.nope
except AttributeError as e:
    print("AttributeError:", e)


class Slotted:
    __slots__ = ("a",)


q = Slotted()
setattr(q, "a", 1)
print(q.a, getattr(q, "b", "none"))
try:
    setattr(q, "b", 2)
except AttributeError as e:
    print("AttributeError:", e)


class Loud:
    def __get__(self, obj, owner):
        return "got"

    def __set__(self, obj, value):
        print("set", value)


class WithDescriptor:
    d = Loud()


w = WithDescriptor()
setattr(w, "d", 5)
print(w.d, getattr(w, "d"))


class Hooked:
    def __setattr__(self, key, value):
        print("hook", key, value)
        object.__setattr__(self, key, value)

    def __delattr__(self, key):
        print("del hook", key)
        object.__delattr__(self, key)


h = Hooked()
setattr(h, "k", 3)
h.j = 4
print(h.k, h.j)
delattr(h, "k")
print(hasattr(h, "k"))


class Plain:
    pass


p = Plain()
for i in range(3):
    setattr(p, "x", i)
    print(p.x, getattr(p, "y", None), hasattr(p, "x"))
delattr(p, "x")
try:
    delattr(p, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(p, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(p, None)
except TypeError as e:
    print("TypeError:", e)


class Renamed:
    pass


Renamed.__name__ = "Other"
Renamed.__qualname__ = "Outer.Other"
print(Renamed.__name__, Renamed.__qualname__, Renamed)
Renamed.m = lambda self: 1
print(Renamed().m())
Renamed.m = lambda self: 2
print(Renamed().m())
del Renamed.m
print(hasattr(Renamed(), "m"))
try:
    Renamed.__name__ = 3
except TypeError as e:
    print("TypeError:", e)


class Mapping(dict):
    def __getattr__(self, name):
        return "missing " + name


m = Mapping(a=1)
print(m.keys() == {"a": 1}.keys(), m.foo, getattr(m, "bar"), hasattr(m, "items"))
print(list(m.items()), getattr(m, "__reduce_ex__") is not None)

d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
for k in d.keys():
    print(k)
for v in d.values():
    print(v)
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
st = {1, 2}
try:
    for x in st:
        st.add(3)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(x for x in frozenset((3, 1, 2))))

print(getattr(List[int], "__metadata__", None), getattr(List[int], "__name__", None))
print(List[int].__origin__, getattr(Optional[int], "__metadata__", "none"))
print(isinstance(3, int), isinstance(lazy, Lazy), isinstance(lazy, (int, Plain)))
try:
    Renamed.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
try:
    Renamed.__name__ = "a\0b"
except ValueError as e:
    print("ValueError:", e)
print(Renamed.__name__, Renamed.__qualname__)
