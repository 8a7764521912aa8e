# secrets: session tokens, reset codes and passwords (checked by shape, not value).
import secrets
import string

tokens = {secrets.token_hex(16) for _ in range(20)}
print(len(tokens), all(len(t) == 32 for t in tokens), all(set(t) <= set(string.hexdigits) for t in tokens))
url = secrets.token_urlsafe(24)
print(len(url), set(url) <= set(string.ascii_letters + string.digits + "-_"))
raw = secrets.token_bytes(12)
print(type(raw).__name__, len(raw), len(secrets.token_bytes()), len(secrets.token_hex()))

alphabet = string.ascii_letters + string.digits
password = "".join(secrets.choice(alphabet) for _ in range(14))
print(len(password), all(c in alphabet for c in password))
codes = [f"{secrets.randbelow(10**6):06d}" for _ in range(50)]
print(all(len(c) == 6 and c.isdigit() for c in codes))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)))
rolls = [secrets.randbelow(6) + 1 for _ in range(300)]
print(min(rolls) >= 1, max(rolls) <= 6, len(set(rolls)) > 3)
print(secrets.compare_digest("token", "token"), secrets.compare_digest(b"a", b"b"))
rng = secrets.SystemRandom()
print(0.0 <= rng.random() < 1.0, rng.randint(5, 5), sorted(rng.sample(range(10), 10)) == list(range(10)))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
