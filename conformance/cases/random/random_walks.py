"""Random walks and a tiny genetic algorithm with module-level functions."""
import random

random.seed(11)


def walk(steps):
    x = y = 0
    for _ in range(steps):
        dx, dy = random.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x += dx
        y += dy
    return x, y


ends = [walk(100) for _ in range(8)]
print(ends)
print(max(abs(x) + abs(y) for x, y in ends))

TARGET = "HELLO WORLD"
GENES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ "


def fitness(s):
    return sum(a == b for a, b in zip(s, TARGET))


def mutate(s, rate=0.1):
    return "".join(random.choice(GENES) if random.random() < rate else c for c in s)


population = ["".join(random.choices(GENES, k=len(TARGET))) for _ in range(60)]
for generation in range(200):
    population.sort(key=fitness, reverse=True)
    if population[0] == TARGET:
        break
    parents = population[:20]
    children = []
    while len(children) < 40:
        a, b = random.sample(parents, 2)
        cut = random.randrange(1, len(TARGET))
        children.append(mutate(a[:cut] + b[cut:]))
    population = parents + children
print(generation, population[0], fitness(population[0]))
