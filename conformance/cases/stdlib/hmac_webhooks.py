# hmac: signing and verifying webhook payloads with several digests.
import hashlib
import hmac
import json

SECRET = b"whsec_4f2b9c"


def sign(payload, digest="sha256"):
    body = json.dumps(payload, sort_keys=True).encode()
    return body, hmac.new(SECRET, body, digest).hexdigest()


def verify(body, signature, digest="sha256"):
    expected = hmac.new(SECRET, body, digest).hexdigest()
    return hmac.compare_digest(expected, signature)


events = [
    {"id": 1, "type": "invoice.paid", "amount": 1999},
    {"id": 2, "type": "customer.created", "email": "a@b.c"},
]
for event in events:
    body, sig = sign(event)
    print(event["type"], sig)
    print("  valid:", verify(body, sig), "tampered:", verify(body + b" ", sig))

h = hmac.new(b"key", digestmod=hashlib.sha1)
h.update(b"The quick brown fox ")
snapshot = h.copy()
h.update(b"jumps over the lazy dog")
print(h.hexdigest(), snapshot.hexdigest())
print(h.name, h.digest_size, h.block_size)
print(hmac.new(b"k" * 200, b"long key", "sha512").hexdigest()[:48])
print(hmac.digest(b"key", b"msg", "md5").hex(), hmac.new(b"", b"", "md5").hexdigest())
print(hmac.new(bytearray(b"key"), b"data", hashlib.sha384).digest()[:8])
try:
    hmac.new("key", b"x", "sha256")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.new(b"key", b"x")
except TypeError as e:
    print("TypeError:", e)
