# 3.11's EnumType.__getattr__: a missing member is AttributeError(name).
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.Flag):
    R = 4
    W = 2


for cls, name in [(Color, "BLUE"), (Color, "__missing_dunder__"), (Perm, "X")]:
    try:
        getattr(cls, name)
    except AttributeError as e:
        print(repr(e), e.args)
print(getattr(Color, "RED"), hasattr(Color, "PURPLE"), getattr(Color, "PINK", None))
print(Color["GREEN"], Perm.R | Perm.W, Color.RED.name)
print(Color.RED.value, len(Color))
