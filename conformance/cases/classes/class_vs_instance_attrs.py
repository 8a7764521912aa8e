# Class attributes versus instance attributes: shadowing, shared mutable class state, and counters.
class Dog:
    species = "canis familiaris"
    tricks = []
    registry = {}

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.registry[name] = self

    def teach_shared(self, trick):
        self.tricks.append(trick)

    def teach(self, trick):
        self.own_tricks.append(trick)


rex, fido = Dog("rex"), Dog("fido")
rex.teach_shared("roll")
fido.teach("sit")
print(rex.tricks, fido.tricks, rex.tricks is Dog.tricks)
print(rex.own_tricks, fido.own_tricks)
rex.species = "wolf?"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
Dog.species = "dog"
print(rex.species, fido.species)
print(sorted(Dog.registry), "species" in vars(Dog), "species" in vars(rex), sorted(vars(fido)))


class Counter:
    total = 0

    def __init__(self):
        self.total += 1
        type(self).instances = getattr(type(self), "instances", 0) + 1


a, b = Counter(), Counter()
print(a.total, b.total, Counter.total, Counter.instances)
print(getattr(Dog, "name", "no class-level name"))
try:
    print(Dog.name)
except AttributeError as exc:
    print("AttributeError:", exc)
