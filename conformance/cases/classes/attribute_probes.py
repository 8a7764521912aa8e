# Probing attributes of classes and functions: getattr with a default, hasattr,
# a metaclass __getattr__ and a metaclass property that raises AttributeError.
from typing import List, Optional


class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{cls.__name__} has no {name}")

    @property
    def broken(cls):
        raise AttributeError("broken on purpose")


class Plain:
    kind = "plain"

    def method(self):
        return 1


class Dynamic(metaclass=Meta):
    pass


def origin_of(ann):
    return getattr(ann, "__origin__", None), getattr(ann, "__metadata__", None)


for ann in (int, str, Plain, List[int], Optional[str]):
    print(ann if isinstance(ann, type) else repr(ann), origin_of(ann))

print(hasattr(Plain, "kind"), hasattr(Plain, "missing"), hasattr(Plain, "__name__"))
print(getattr(Plain, "__qualname__"), getattr(Plain, "__module__"), getattr(Plain, "nope", "default"))
print(Plain.__bases__, Plain.__base__, [c.__name__ for c in Plain.__mro__])
print(getattr(Dynamic, "dyn_value", None), getattr(Dynamic, "other", "fallback"))
print(hasattr(Dynamic, "dyn_x"), hasattr(Dynamic, "other"), hasattr(Dynamic, "broken"))

fn = Plain.method
print(getattr(fn, "__name__"), getattr(fn, "missing", 0), hasattr(fn, "__code__"))
code = fn.__code__
print(code.co_name, code.co_argcount, code.co_varnames, bool(code.co_flags & 0x80))


async def coro():
    return 1


print(bool(coro.__code__.co_flags & 0x80))
fn.tag = "t"
print(fn.tag, getattr(fn, "tag"), fn.__dict__)

try:
    Dynamic.other
except AttributeError as e:
    print("AttributeError:", e)

try:
    Dynamic.broken
except AttributeError as e:
    print("AttributeError:", e)

try:
    Plain.kin
except AttributeError as e:
    print("AttributeError:", e)

print(Plain.kinds)
