# and/or return their operands, short-circuit evaluation and not.
def trace(name, value):
    print("  eval", name)
    return value


print(0 or "default")
print("" or [] or None)
print(3 and 4)
print(0 and 1 / 0)
print([] or {} or "last")
print(None and crash_if_evaluated)

print("short circuit or:")
r = trace("a", True) or trace("b", False)
print(r)
print("short circuit and:")
r = trace("a", 0) and trace("b", 1)
print(r)
print("full:")
r = trace("a", 1) and trace("b", "") or trace("c", "fallback")
print(r)

config = {"name": "", "retries": 0, "host": "localhost"}
name = config.get("name") or "anonymous"
retries = config.get("retries") or 3
port = config.get("port") or 8080
print(name, retries, port)

print(not None, not 0, not "x", not [0])
print(True + True, True * 10, False - 1)
print(type(True and 5).__name__, type(0 or False).__name__)

values = [0, 1, "", "a", None, [], [None], 0.0, -0.1]
print([bool(v) for v in values])
print(any(values), all(values), all(v is not None for v in values[:4]))
