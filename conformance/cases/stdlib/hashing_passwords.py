# Password storage with pbkdf2_hmac and constant-time comparison.
import hashlib
import hmac

users = {}


def register(name, password, salt):
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)
    users[name] = (salt, key)
    return key.hex()


def login(name, password):
    if name not in users:
        return False
    salt, key = users[name]
    attempt = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)
    return hmac.compare_digest(attempt, key)


print(register("ada", "correct horse", b"salt-ada"))
print(register("bob", "hunter2", b"salt-bob"))
for name, pw in [("ada", "correct horse"), ("ada", "wrong"), ("bob", "hunter2"), ("eve", "x")]:
    print(name, pw, login(name, pw))

print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=10).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"NaCl", 5, 80).hex()[:60])
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"", b""))
try:
    hmac.compare_digest("abc", b"abc")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 0)
except ValueError as e:
    print("ValueError:", e)
