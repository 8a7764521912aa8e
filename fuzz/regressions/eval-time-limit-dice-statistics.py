"""Monte Carlo dice statistics with a seeded generator."""
import random
from collections import Counter

rng = random.Random(2024)


def roll(n_dice, sides=6):
    return sum(rng.randint(1, sides) for _ in range(n_dice))


counts = Counter(roll(2) for _ in range(5000))
for total in range(2, 13):
    bar = "#" * (counts[total] // 40)
    print(f"{total:>2} {counts[total]:>4} {bar}")

most, freq = counts.most_common(1)[0]
print("most common:", most, freq)

# Yahtzee attempts: how many rolls until five of a kind
def yahtzee_rolls():
    tries = 0
    while True:
        tries += 1
        dice = [rng.randint(1, 6) for _ in range(5)]
        if len(set(dice)) == 1:
            return tries, dice[0]

results = [yahtzee_rolls() for _ in range(5)]
print(results)
a = (1)
b = (1,)
c = 1,
d = ()
print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__, len(d))
print(a, b, c, d, (), ((),), (((1,),),))
print(b == c, b + c, b * 0, d == tuple(), len(((),)))


def stats(values):
    return min(values), max(values), sum(values) / len(values)


result = stats([3, 1, 4, 1, 5])
print(result, type(result).__name__)
lo, hi, mean = result
print(lo, hi, mean)
for item in (("x",), ("y",)):
    (letter,) = item
    print(letter)
t = tuple([1])
print(t, t == (1,), str((5,)), repr(("only",)))
print(("a") * 3, ("a",) * 3)
parts = "a=1".partition("=")
print(parts, type(parts).__name__)
print(tuple() is tuple(), () == (), bool(()), bool((0,)))
try:
    (single,) = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)
