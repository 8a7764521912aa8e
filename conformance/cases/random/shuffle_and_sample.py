"""Card dealing, sampling without replacement, weighted choices."""
import random

random.seed(7)
suits = "SHDC"
ranks = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for i, hand in enumerate(hands, 1):
    print(f"player {i}: {' '.join(hand)}")

print(random.sample(range(100), 10))
print(random.sample(["red", "green", "blue", "cyan"], k=2))
print(random.choices(["win", "lose", "draw"], weights=[5, 3, 2], k=12))
print(random.choices("abc", cum_weights=[1, 1, 10], k=8))
print(random.choice(deck), random.choice("xyz"))

try:
    random.sample([1, 2, 3], 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(10, 5)
except ValueError as e:
    print("ValueError:", e)

items = list(range(20))
random.Random(99).shuffle(items)
print(items)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, [round(x, 6) for x in a])
