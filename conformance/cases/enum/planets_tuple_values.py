# Enum members with tuple values and __init__ (the docs' Planet example), plus methods.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def weight(self, earth_weight):
        return earth_weight * self.surface_gravity / Planet.EARTH.surface_gravity


for p in Planet:
    print(f"{p.name:<8} mass={p.mass:.3e} radius={p.radius:>10.1f} g={p.surface_gravity:6.2f} 75kg->{p.weight(75):7.2f}")

print(Planet.EARTH.value, repr(Planet.MARS), Planet((6.421e+23, 3.3972e6)).name)
heaviest = max(Planet, key=lambda p: p.mass)
print(heaviest, heaviest.mass > sum(p.mass for p in Planet if p is not heaviest))
print(sorted(Planet, key=lambda p: p.radius)[:2])


class Coin(Enum):
    PENNY = 1, "copper"
    NICKEL = 5, "nickel"
    DIME = 10, "silver"

    def __init__(self, cents, metal):
        self.cents = cents
        self.metal = metal

    def __str__(self):
        return f"{self.name.lower()} ({self.cents}c, {self.metal})"


print([str(c) for c in Coin], Coin.DIME.value, Coin((5, "nickel")) is Coin.NICKEL)
print(sum(c.cents for c in Coin), {c.metal for c in Coin} == {"copper", "nickel", "silver"})
try:
    Coin(5)
except ValueError as e:
    print(e)
