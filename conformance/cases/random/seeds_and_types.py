"""How different seed types drive the generator (int, str, bytes, float, None-free)."""
import random

for seed in [0, 1, 42, -42, 2**70, "hello", b"hello", bytearray(b"xy"), 3.5]:
    r = random.Random(seed)
    print(repr(seed)[:20], [r.randint(0, 999) for _ in range(4)], round(r.random(), 12))

r = random.Random()
r.seed(5, version=1) if False else r.seed(5)
print(r.random())
r.seed("abc", version=1)
print(r.random())
r.seed("abc", version=2)
print(r.random())

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(3)
print([d.roll() for _ in range(10)])

try:
    random.Random([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    random.randint(1.5, 3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
