# Aliases, __members__, @unique, functional API and iteration order.
from enum import Enum, IntEnum, unique


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), len(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name)
print(list(Shape.__members__), [(n, m.name) for n, m in Shape.__members__.items() if n != m.name])
print(Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape["ALIAS_FOR_SQUARE"] is Shape.SQUARE)
print(list(reversed(Shape)), [m.value for m in Shape])

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, repr(Animal), Animal(1))
Color = Enum("Color", ["RED", "GREEN"])
print(Color.GREEN, Color.GREEN.value)
Level = IntEnum("Level", [("LOW", 10), ("HIGH", 20)])
print(Level.HIGH, repr(Level.LOW), Level.HIGH > Level.LOW, Level(20))
Pair = Enum("Pair", {"LEFT": "l", "RIGHT": "r"})
print([(p.name, p.value) for p in Pair], Pair("r"))


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3

    @classmethod
    def from_date_index(cls, index):
        return cls(index + 1)

    def __lt__(self, other):
        return self.value < other.value


print(Weekday.from_date_index(2), sorted([Weekday.WEDNESDAY, Weekday.MONDAY]), Weekday.TUESDAY < Weekday.WEDNESDAY)
