# Errors raised inside comprehensions: catching them, and an uncaught one with the <listcomp> frame.
raw = ["10", "20", "x", "40", ""]


def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None


parsed = [safe_int(s) for s in raw]
print(parsed, [p for p in parsed if p is not None])
try:
    values = [int(s) for s in raw]
except ValueError as e:
    print("ValueError:", e)
try:
    ratios = {k: 100 // v for k, v in {"a": 4, "b": 0, "c": 5}.items()}
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
lookup = {"a": 1, "b": 2}
try:
    picked = [lookup[k] for k in "abc"]
except KeyError as e:
    print("KeyError:", e)


def total_length(words):
    return sum(len(w) for w in words)


print(total_length(["ab", "cde"]))
records = [{"n": 1}, {"n": 2}, {"m": 3}]
values = [r["n"] * 2 for r in records]
