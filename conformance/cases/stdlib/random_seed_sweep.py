# random's sequences for seeds 0..50 must be CPython's: random, randint, randrange, choice,
# choices, shuffle, sample, uniform, gauss, getrandbits.
import random

items = list("abcdefghij")
for seed in range(51):
    random.seed(seed)
    deck = list(range(8))
    random.shuffle(deck)
    row = [
        random.random(),
        random.randint(-10, 10),
        random.randrange(0, 1000, 7),
        random.choice(items),
        random.choices(items, k=3),
        random.choices(items, weights=range(1, 11), k=2),
        deck,
        random.sample(items, 3),
        random.sample(range(1000), 4),
        round(random.uniform(-1, 1), 12),
        round(random.gauss(10, 2), 12),
        random.getrandbits(45),
    ]
    print(seed, row)

rng = random.Random(2024)
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)], rng.randint(1, 6))
random.seed(10**30)
print(random.random(), random.randrange(10**20))
for bad in [lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1], 2),
            lambda: random.randrange(1, 10, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
