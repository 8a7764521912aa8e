# A codec's UnicodeEncodeError/UnicodeDecodeError carries CPython's five
# args and the attributes of those names.
def describe(e):
    print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason)
    print("  str:", e)
    print("  args:", e.args)


for text, codec in [("caf\u00e9", "ascii"), ("\u20ac5", "latin-1"), ("ok\u00e9\u00e8!", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        describe(e)

for data in [b"ab\xff", b"\xe2\x82", bytearray(b"x\xc3(")]:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        describe(e)

try:
    str(b"\x80abc", "ascii")
except UnicodeDecodeError as e:
    describe(e)

try:
    bytes("\u00ff\u0100", "latin-1")
except UnicodeEncodeError as e:
    describe(e)

made = UnicodeEncodeError("ascii", "x\u00e9", 1, 2, "custom reason")
describe(made)
bad = b"name=\xff"
try:
    bad.decode()
except UnicodeDecodeError as e:
    print("bad byte:", hex(e.object[e.start]), "safe:", e.object[:e.start].decode())
"\u00e9t\u00e9".encode("ascii")
