# Class-level enum API: __members__, dir-free introspection, name/value, class reprs and errors.
from enum import Enum, IntEnum, Flag, StrEnum, auto


class Suit(Enum):
    CLUBS = "\u2663"
    DIAMONDS = "\u2666"
    HEARTS = "\u2665"
    SPADES = "\u2660"

    @property
    def color(self):
        return "red" if self in (Suit.DIAMONDS, Suit.HEARTS) else "black"

    @classmethod
    def by_color(cls, color):
        return [s for s in cls if s.color == color]

    @staticmethod
    def count():
        return len(Suit)


print(repr(Suit), repr(IntEnum), repr(Flag), str(Suit), Suit.__name__, Suit.count())
print(Suit.by_color("red"), [s.value for s in Suit.by_color("black")])
print(Suit.HEARTS.name, Suit.HEARTS.value, Suit.HEARTS.color, type(Suit.HEARTS).__name__)
print(dict(Suit.__members__)["SPADES"], "HEARTS" in Suit.__members__, len(Suit.__members__))
print(issubclass(Suit, Enum), isinstance(Suit.CLUBS, Enum), issubclass(IntEnum, Enum), issubclass(StrEnum, str))
print(Suit.CLUBS in Suit, [m for m in Suit][::-1][0], list(map(str, Suit))[:2])
print({Suit.CLUBS, Suit.CLUBS, Suit.SPADES} == {Suit.SPADES, Suit.CLUBS}, sorted(Suit, key=lambda s: s.value)[0])
print(hash(Suit.CLUBS) == hash(Suit.CLUBS), Suit.CLUBS is Suit("\u2663"), Suit["CLUBS"] is Suit.CLUBS)


class Empty(Enum):
    pass


print(list(Empty), len(Empty), repr(Empty))


class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}:{self.name}"


class Fruit(Base):
    APPLE = auto()
    PEAR = auto()


print(Fruit.PEAR.describe(), Fruit(1), issubclass(Fruit, Base))
try:
    class MoreFruit(Fruit):
        KIWI = 3
except TypeError as e:
    print("TypeError:", e)
try:
    Empty(1)
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
print(Suit.CLUBS == "\u2663", Suit.CLUBS.value == "\u2663", getattr(Suit, "SPADES"), hasattr(Suit, "JOKER"))
for attempt in ("Suit.HEARTS = 5", "del Suit.SPADES"):
    try:
        exec(attempt)
    except AttributeError as e:
        print("AttributeError:", e)
Suit.deck_size = 52
print(Suit.deck_size, list(Suit)[-1], len(Suit))
