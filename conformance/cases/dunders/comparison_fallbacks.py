# Comparison fallbacks: __ne__ derives from __eq__, == falls back to identity, ordering is not derived.
class Card:
    ORDER = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, other):
        print(f"  {self!r}.__eq__({other!r})")
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank

    def __lt__(self, other):
        return self.ORDER.index(self.rank) < self.ORDER.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


a, b, c = Card("K", "h"), Card("K", "s"), Card("2", "d")
print(a == b, a != b, a != c)
print(a == "Kh", "Kh" == a, a != 5)
print(a < c, c < a, a > c, c > a)
hand = [Card("Q", "h"), Card("3", "s"), Card("A", "d"), Card("9", "c")]
print(sorted(hand), max(hand), min(hand))
print(Card("A", "d") in hand)
print(hand.count(Card("3", "c")))
try:
    print(a <= b)
except TypeError as exc:
    print("TypeError:", exc)
