# An error while handling another error: __context__ is set and the traceback shows both.
def read_cache(cache, key):
    try:
        return cache[key]
    except KeyError:
        print(f"cache miss for {key!r}, computing")
        return compute(key)


def compute(key):
    table = {"a": 1, "b": 2}
    return table[key] * 10


print(read_cache({"x": 5}, "x"), read_cache({}, "a"))
try:
    read_cache({}, "zzz")
except KeyError as e:
    print("KeyError:", e, "| context:", repr(e.__context__), "| cause:", e.__cause__)


def cleanup_fails():
    try:
        raise ValueError("primary failure")
    except ValueError:
        log = None
        log.append("cleanup")


cleanup_fails()
