# blake2b/blake2s: variable digest sizes, keyed hashing for short ids.
from hashlib import blake2b, blake2s, sha3_256, sha3_512

for size in (8, 16, 32, 64):
    print(size, blake2b(b"customer-42", digest_size=size).hexdigest())
print(blake2s(b"customer-42").hexdigest())
print(blake2s(b"customer-42", digest_size=10).hexdigest())

key = b"pseudorandom key"
ids = {}
for user in ["alice", "bob", "carol", "alice"]:
    token = blake2b(user.encode(), key=key).hexdigest()[:16]
    ids.setdefault(user, token)
    print(user, token, ids[user] == token)

h = blake2b(digest_size=20)
for part in [b"a", b"b", b"c"]:
    h.update(part)
print(h.hexdigest(), h.digest_size, h.name, blake2b(b"abc", digest_size=20).hexdigest() == h.hexdigest())
print(sha3_256(b"").hexdigest())
print(sha3_512(b"abc").hexdigest()[:64])
try:
    blake2b(digest_size=65)
except ValueError as e:
    print("ValueError:", e)
try:
    blake2s(key=b"k" * 33)
except ValueError as e:
    print("ValueError:", e)
