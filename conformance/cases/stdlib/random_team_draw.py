# A tournament draw with the module-level random functions and a fixed seed.
import random
from collections import Counter

random.seed(42)
players = ["Ana", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kim", "Lou"]
pool = players[:]
random.shuffle(pool)
teams = [pool[i:i + 3] for i in range(0, len(pool), 3)]
for i, t in enumerate(teams, 1):
    print(f"team {i}: {', '.join(sorted(t))}")

matches = [(a, b) for i, a in enumerate(range(1, 5)) for b in range(a + 1, 5)]
random.shuffle(matches)
print(matches)
scores = {}
for a, b in matches:
    ga, gb = random.randint(0, 4), random.randint(0, 4)
    scores.setdefault(a, 0)
    scores.setdefault(b, 0)
    if ga > gb:
        scores[a] += 3
    elif gb > ga:
        scores[b] += 3
    else:
        scores[a] += 1
        scores[b] += 1
    print(f"team {a} {ga}-{gb} team {b}")
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
mvp = random.choice(players)
prizes = random.sample(["cup", "medal", "shirt", "ball", "cap"], k=3)
print(mvp, prizes, random.randrange(10, 20), random.random())
weights = {"rock": 5, "paper": 3, "scissors": 2}
picks = random.choices(list(weights), weights=list(weights.values()), k=1000)
print(Counter(picks).most_common())
random.seed(42)
again = players[:]
random.shuffle(again)
print(again == pool, random.getrandbits(16), round(random.uniform(1.5, 2.5), 10))
print(random.sample(range(100), 5), random.choice("xyz"), random.randbytes(4))
random.seed()
print(0 <= random.random() < 1)
random.seed(1)
print([random.randint(1, 6) for _ in range(10)], round(random.gauss(0, 1), 10))
print(random.choice(players) in players)
