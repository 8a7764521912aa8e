# Value patterns use dotted names: constants on classes compared with ==, unlike bare capture names.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Limits:
    MAX = 10
    MIN = 0


def describe(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.BLUE | Color.GREEN:
            return "cool"
        case _:
            return "unknown"


print([describe(c) for c in ("red", "green", "blue", "purple")])


def clamp_report(v):
    match v:
        case Limits.MIN:
            return "at minimum"
        case Limits.MAX:
            return "at maximum"
        case n if Limits.MIN < n < Limits.MAX:
            return "inside"
        case _:
            return "outside"


print([clamp_report(v) for v in (0, 10, 5, -1, 10.0, False)])
RED = "red"


def capture_trap(c):
    match c:
        case RED:
            return f"captured {RED!r}"


print(capture_trap("blue"), RED)


class Weird:
    def __eq__(self, other):
        print(f"  Weird.__eq__({other!r})")
        return other == "magic"


class Consts:
    W = Weird()


match "magic":
    case Consts.W:
        print("matched via __eq__")
match "plain":
    case Consts.W:
        print("not printed")
    case _:
        print("fell through")
