# Monte Carlo estimates and a simulated queue with a seeded random.Random instance.
import random
import statistics

rng = random.Random(2024)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)

arrivals = [round(rng.expovariate(1 / 3), 4) for _ in range(5)]
service = [round(rng.gauss(5, 1.5), 4) for _ in range(5)]
print(arrivals, service)
print([round(rng.normalvariate(0, 1), 6) for _ in range(3)])
print(round(rng.triangular(0, 10, 3), 6), round(rng.betavariate(2, 5), 6), round(rng.paretovariate(3), 6))
print(round(rng.lognormvariate(0, 0.5), 6), round(rng.weibullvariate(1, 1.5), 6), round(rng.vonmisesvariate(0, 4), 6))
print(round(rng.gammavariate(2, 2), 6), round(rng.uniform(-1, 1), 6))
state = rng.getstate()
a = [rng.randint(1, 100) for _ in range(5)]
rng.setstate(state)
b = [rng.randint(1, 100) for _ in range(5)]
print(a, a == b)
samples = [rng.gauss(100, 15) for _ in range(2000)]
print(round(statistics.mean(samples), 2), round(statistics.stdev(samples), 2))
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600)]
hist = {total: rolls.count(total) for total in range(2, 13)}
print(hist)
other = random.Random("seed-string")
print(other.random(), random.Random(b"bytes").random(), random.Random(3.5).random())
print(other.getrandbits(70), other.randbytes(6).hex(), other.randrange(0, 100, 7))
print(random.Random(7).choices("abc", cum_weights=[1, 5, 10], k=6), random.Random(7).sample(range(1000), 4))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.Random(11).shuffle(deck)
print(deck[:8])
for bad in [lambda: rng.randint(5, 1), lambda: rng.choice([]), lambda: rng.sample([1, 2], 3),
            lambda: rng.randrange(0), lambda: rng.choices("ab", weights=[1], k=2),
            lambda: rng.randrange(1, 10, 0), lambda: rng.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
