# base64: encoding binary payloads for JSON, URL-safe tokens, padding errors.
import base64
import binascii
import json

blob = bytes(range(0, 256, 7))
encoded = base64.b64encode(blob).decode("ascii")
print(encoded)
doc = json.dumps({"name": "thumb.png", "data": encoded})
back = base64.b64decode(json.loads(doc)["data"])
print(back == blob, len(back))

for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]:
    print(raw, base64.b64encode(raw), base64.b32encode(raw), base64.b16encode(raw))

token = base64.urlsafe_b64encode(b"\xfb\xef\xff user:42")
print(token, base64.urlsafe_b64decode(token))
print(base64.standard_b64encode(b"\xfb\xef\xff"), base64.b64encode(b"\xfb\xef\xff", altchars=b"-_"))
print(base64.b64decode("aGVs bG8=\n"), base64.b64decode(b"aGVsbG8="), base64.b64decode("aGVsbG8=="))
print(base64.encodebytes(b"x" * 60))
print(base64.decodebytes(b"eHh4\n"), base64.b32decode("mzxw6===", casefold=True))
print(base64.b16decode("ff00", casefold=True), base64.b32hexencode(b"hi"))
print(base64.a85encode(b"Man is distinguished"), base64.b85encode(b"\x00\x01binary"))
print(base64.a85decode(b"9jqo^BlbD-BleB1DJ+*+F(f,q"), base64.b85decode(base64.b85encode(b"round trip")))
for bad in ["abc", "a", "@@@@"]:
    try:
        print(repr(bad), base64.b64decode(bad))
    except binascii.Error as e:
        print(repr(bad), "Error:", e)
try:
    base64.b64decode("aGVsbG8=!", validate=True)
except binascii.Error as e:
    print("Error:", e)
try:
    base64.b16decode("zz")
except binascii.Error as e:
    print("Error:", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
