# *args and **kwargs: collecting, forwarding to other functions, and an unexpected keyword.
def log(level, *parts, **context):
    msg = " ".join(str(p) for p in parts)
    ctx = " ".join(f"{k}={v!r}" for k, v in sorted(context.items()))
    return f"[{level}] {msg}" + (f" ({ctx})" if ctx else "")


print(log("info", "server", "started", port=80, host="x"))
print(log("warn"))
print(log("debug", *range(3), **{"a": 1}))


def forward(*args, **kwargs):
    print("  forwarding", args, kwargs)
    return log(*args, **kwargs)


print(forward("error", "disk", "full", device="sda"))


def summarize(*numbers):
    if not numbers:
        return "nothing"
    return f"n={len(numbers)} sum={sum(numbers)} type={type(numbers).__name__}"


print(summarize(), summarize(1, 2, 3), summarize(*[4, 5]))


def options(**opts):
    opts.setdefault("color", "blue")
    return opts


given = {"size": 3}
result = options(**given)
print(result, given, result is given)
print(options(**{"color": "red"}, size=1))


def strict(a, b=2):
    return a + b


print(strict(*[1], **{"b": 5}))
try:
    strict(1, c=3)
except TypeError as exc:
    print("TypeError:", exc)
