"""Class-heavy simulation: an ecosystem of animals with inheritance, properties,
dunder methods and a deterministic pseudo-random generator."""


class Rng:
    """A linear congruential generator, so both interpreters agree."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def below(self, n):
        return self.next() % n


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def wrap(self, size):
        return Vec(self.x % size, self.y % size)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


DIRS = [Vec(1, 0), Vec(-1, 0), Vec(0, 1), Vec(0, -1)]


class Animal:
    count = 0

    def __init__(self, pos, energy):
        Animal.count += 1
        self.id = Animal.count
        self.pos = pos
        self._energy = energy
        self.age = 0

    @property
    def energy(self):
        return self._energy

    @energy.setter
    def energy(self, value):
        self._energy = max(0, value)

    @property
    def alive(self):
        return self._energy > 0

    def move(self, world):
        self.pos = (self.pos + DIRS[world.rng.below(4)]).wrap(world.size)
        self.energy -= self.move_cost
        self.age += 1

    def step(self, world):
        self.move(world)
        self.eat(world)
        if self.energy > self.breed_at:
            self.energy //= 2
            world.born.append(type(self)(self.pos, self.energy))

    def __lt__(self, other):
        return (self.energy, self.id) < (other.energy, other.id)

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}@{self.pos!r}:{self.energy}"


class Rabbit(Animal):
    move_cost = 1
    breed_at = 14

    def eat(self, world):
        if world.grass.get(self.pos, 0) > 0:
            world.grass[self.pos] -= 1
            self.energy += 4


class Fox(Animal):
    move_cost = 2
    breed_at = 40

    def eat(self, world):
        prey = world.rabbits_at(self.pos)
        if prey:
            victim = min(prey)
            victim.energy = 0
            self.energy += 12


class World:
    def __init__(self, size, seed):
        self.size = size
        self.rng = Rng(seed)
        self.grass = {}
        for x in range(size):
            for y in range(size):
                self.grass[Vec(x, y)] = self.rng.below(3)
        self.animals = []
        for _ in range(60):
            self.animals.append(Rabbit(Vec(self.rng.below(size), self.rng.below(size)), 8))
        for _ in range(8):
            self.animals.append(Fox(Vec(self.rng.below(size), self.rng.below(size)), 20))
        self.born = []
        self.index = {}

    def rabbits_at(self, pos):
        return [a for a in self.index.get(pos, ()) if isinstance(a, Rabbit) and a.alive]

    def tick(self):
        self.index = {}
        for a in self.animals:
            self.index.setdefault(a.pos, []).append(a)
        self.born = []
        for a in self.animals:
            if a.alive:
                a.step(self)
        self.animals = [a for a in self.animals if a.alive] + self.born
        if len(self.animals) > 400:
            self.animals = sorted(self.animals, reverse=True)[:400]
        for pos in self.grass:
            if self.grass[pos] < 3 and self.rng.below(10) == 0:
                self.grass[pos] += 1

    def census(self):
        kinds = {}
        for a in self.animals:
            kinds[type(a).__name__] = kinds.get(type(a).__name__, 0) + 1
        return dict(sorted(kinds.items()))


world = World(16, 42)
for t in range(40):
    world.tick()
    if t % 10 == 9:
        print(t + 1, world.census(), sum(world.grass.values()))
print(sorted(world.animals)[-3:])
print(Animal.count)
