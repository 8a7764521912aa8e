"""Deterministic password and token generation with a seeded Random."""
import random
import string

rng = random.Random("pw-seed")


def password(length=16, symbols=True):
    alphabet = string.ascii_letters + string.digits + ("!@#$%^&*" if symbols else "")
    while True:
        pw = "".join(rng.choice(alphabet) for _ in range(length))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and any(c.isdigit() for c in pw)):
            return pw


for n in (8, 12, 16, 24):
    print(n, password(n), password(n, symbols=False))

words = "apple river stone cloud maple tiger quiet amber north lemon".split()
print("-".join(rng.sample(words, 4)))
print("".join(rng.choices(string.hexdigits.lower()[:16], k=32)))
pin = rng.randint(0, 9999)
print(f"{pin:04d}")
letters = list("abcdefgh")
rng.shuffle(letters)
print(letters)
