# Keeping text and bytes apart: explicit encode/decode at the boundaries; mixing them fails.
def to_wire(fields):
    parts = [f"{k}={v}".encode("utf-8") for k, v in fields.items()]
    return b"&".join(parts)


def from_wire(data):
    result = {}
    for part in data.split(b"&"):
        k, _, v = part.partition(b"=")
        result[k.decode()] = v.decode()
    return result


wire = to_wire({"user": "zoë", "age": 33, "tags": "a,b"})
print(wire, len(wire))
print(from_wire(wire))
print(b"abc" == "abc", b"abc".decode() == "abc", "abc".encode() == b"abc")
print(str(b"abc"), repr(str(b"abc")))
for left, right in [(b"a", "b"), ("a", b"b")]:
    try:
        print(left + right)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("a" in b"abc")
except TypeError as e:
    print("TypeError:", e)
try:
    b"x".join(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(b"%s" % "text".encode(), "%s" % b"bytes")
try:
    payload = b"header:" + "value"
except TypeError as exc:
    print("TypeError:", exc)
