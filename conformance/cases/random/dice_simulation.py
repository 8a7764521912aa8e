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
print("average tries:", sum(t for t, _ in results) / len(results))
print(rng.random(), rng.uniform(-1, 1), rng.randrange(0, 100, 7))
