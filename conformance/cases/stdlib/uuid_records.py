# uuid: deterministic ids from names (uuid3/uuid5), parsing, fields, ordering.
import uuid

ns = uuid.NAMESPACE_DNS
hosts = ["example.com", "python.org", "example.com"]
ids = [uuid.uuid5(ns, h) for h in hosts]
for h, u in zip(hosts, ids):
    print(h, u, u.version)
print(ids[0] == ids[2], ids[0] == ids[1], len(set(ids)))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://docs.python.org/3/"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=root"))

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(repr(u), str(u), u.hex, u.urn)
print(u.int, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq, u.node)
print(u.bytes, u.bytes_le, u.variant, u.version)
for form in ["12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678"]:
    print(uuid.UUID(form) == u)
print(uuid.UUID(int=1), uuid.UUID(bytes=bytes(range(16))), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(int=0x0123456789ABCDEF0123456789ABCDEF, version=4))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
lookup = {u: "row-1"}
print(lookup[uuid.UUID(str(u))], str(u) in {str(u)})
r = uuid.uuid4()
print(r.version, r.variant, len(r.hex), uuid.UUID(r.hex) == r)
t = uuid.uuid1()
print(t.version, t.variant == uuid.RFC_4122)
for bad in ["not-a-uuid", "1234", None]:
    try:
        uuid.UUID(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    uuid.UUID(int=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)
