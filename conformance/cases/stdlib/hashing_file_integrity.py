# hashlib: checksums of file contents, chunked updates, copy(), new() by name.
import hashlib

files = {
    "notes.txt": b"buy milk\nwrite report\n",
    "data.bin": bytes(range(256)) * 4,
    "empty": b"",
}
for name, content in files.items():
    with open(name, "wb") as f:
        f.write(content)

manifest = {}
for name in sorted(files):
    h = hashlib.sha256()
    with open(name, "rb") as f:
        while chunk := f.read(100):
            h.update(chunk)
    manifest[name] = h.hexdigest()
    print(f"{name:10} {h.hexdigest()}")

with open("notes.txt", "ab") as f:
    f.write(b"call mom\n")
for name in sorted(files):
    with open(name, "rb") as f:
        current = hashlib.sha256(f.read()).hexdigest()
    print(name, "OK" if current == manifest[name] else "CHANGED")

base = hashlib.md5(b"prefix:")
for suffix in [b"a", b"b"]:
    h = base.copy()
    h.update(suffix)
    print(suffix, h.hexdigest())
print("base unchanged:", base.hexdigest())

for algo in ["md5", "sha1", "sha224", "sha384", "sha512", "SHA256"]:
    h = hashlib.new(algo, b"The quick brown fox")
    print(algo, h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
print(len(hashlib.sha512(b"x").digest()), hashlib.sha1(b"abc").digest()[:4])
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith("sha") and "_" not in a))
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
