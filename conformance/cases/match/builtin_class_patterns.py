# Builtin types as class patterns: int(x), str(s), list(), dict(), tuple(), float() match the subject itself.
def describe(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) if not s:
            return "empty str"
        case str(s):
            return f"str of length {len(s)}"
        case bytes() | bytearray():
            return f"binary {bytes(value)!r}"
        case list([]):
            return "empty list"
        case list([int(), *_]):
            return "list starting with an int"
        case tuple((x, y)):
            return f"pair tuple {x},{y}"
        case dict({"id": int(i)}):
            return f"record {i}"
        case set() | frozenset():
            return f"set of {len(value)}"
        case _:
            return f"something else: {type(value).__name__}"


values = [True, -3, 7, 2.5, "", "hello", b"ab", bytearray(b"c"), [], [1, "x"], ["x", 1], (1, 2), (1, 2, 3), {"id": 9}, {"id": "9"}, {1, 2}, frozenset(), None]
for v in values:
    print(f"{v!r:>18} -> {describe(v)}")
