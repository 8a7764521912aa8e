# math functions and a seeded random sequence.
import math
import random

print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.lcm(4, 6))
print(math.pi, math.e, math.inf, math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")))
print(math.log(math.e), math.log10(1000), math.log2(8), math.log(8, 2), math.exp(1))
print(round(math.sin(math.pi / 6), 10), math.hypot(3, 4), math.factorial(20), math.comb(10, 3))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.trunc(-3.7), math.copysign(1, -0.0))
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice("abcdef"))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 3), round(random.uniform(1, 2), 6))
print(math.sqrt(-1))
