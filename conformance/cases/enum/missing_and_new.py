# _missing_ for lenient lookups, custom __new__ with extra attributes, and _generate_next_value_.
from enum import Enum, auto


class Size(Enum):
    SMALL = "S"
    MEDIUM = "M"
    LARGE = "L"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.upper() or member.name == value.upper():
                    return member
        return None


print(Size("m"), Size("large"), Size("S") is Size.SMALL)
try:
    Size("XL")
except ValueError as e:
    print("ValueError:", e)


class Currency(Enum):
    def __new__(cls, code, symbol, decimals):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.symbol = symbol
        obj.decimals = decimals
        return obj

    EUR = ("EUR", "\u20ac", 2)
    JPY = ("JPY", "\u00a5", 0)
    USD = ("USD", "$", 2)

    def format(self, amount):
        return f"{self.symbol}{amount:,.{self.decimals}f}"


for c in Currency:
    print(repr(c), c.value, c.format(1234567.891))
print(Currency("JPY").symbol, Currency["USD"].decimals, [c.value for c in Currency])


class Direction(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[0].lower() + str(count)

    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()

    def turn(self, steps=1):
        members = list(Direction)
        return members[(members.index(self) + steps) % len(members)]


print([d.value for d in Direction], Direction.NORTH.turn(), Direction.WEST.turn(2), Direction("s2"))


class Ordinal(Enum):
    FIRST = auto()
    SECOND = 5
    THIRD = auto()


print(list(Ordinal), [o.value for o in Ordinal])
