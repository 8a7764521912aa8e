# Unpacking mismatches: too many values, not enough values, non-iterables, with CPython's messages.
def try_unpack(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, f"{type(e).__name__}: {e}")


def two(v):
    a, b = v
    return a, b


def star(v):
    a, *b, c = v
    return a, b, c


try_unpack("two([1, 2])", lambda: two([1, 2]))
try_unpack("two([1])", lambda: two([1]))
try_unpack("two([1, 2, 3])", lambda: two([1, 2, 3]))
try_unpack("two('ab')", lambda: two("ab"))
try_unpack("two(5)", lambda: two(5))
try_unpack("two(None)", lambda: two(None))
try_unpack("star([1])", lambda: star([1]))
try_unpack("star([1, 2])", lambda: star([1, 2]))
try_unpack("two({'a': 1})", lambda: two({"a": 1}))
try_unpack("two(iter(range(5)))", lambda: two(iter(range(5))))
rows = ["name=ann", "age=31", "city"]
for row in rows:
    key, value = row.split("=")
    print(key, value)
