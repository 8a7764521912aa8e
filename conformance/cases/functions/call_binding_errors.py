# Argument binding errors with CPython's wording: arity, duplicates, keyword-only, positional-only, unpacking.
def connect(host, port=5432, /, *, timeout=10, retries):
    return f"{host}:{port} t={timeout} r={retries}"


class Client:
    def send(self, payload, *, urgent=False):
        return (payload, urgent)

    @staticmethod
    def build(a, b):
        return a + b


def log(msg, *args, level="info", **fields):
    return (msg, args, level, sorted(fields))


calls = [
    lambda: connect("db", retries=1),
    lambda: connect("db"),
    lambda: connect(host="db", retries=1),
    lambda: connect("db", 1, 2, retries=3),
    lambda: connect("db", retries=1, timeout=2, colour=3),
    lambda: Client().send(),
    lambda: Client().send(1, 2),
    lambda: Client.build(1),
    lambda: Client.send(1, 2, urgent=3, extra=4),
    lambda: log(),
    lambda: log("x", 1, 2, level="warn", a=1),
    lambda: log("x", msg="y"),
    lambda: log(*"ab", **{"level": "debug", "z": 0}),
    lambda: log("m", **{"level": "a"}, **{"level": "b"}),
    lambda: log("m", level="a", **{"level": "b"}),
    lambda: log(*5),
    lambda: log("m", *5),
    lambda: log(**["level"]),
    lambda: log(**{1: "x"}),
    lambda: len(**{"a": 1}, **{"a": 2}),
    lambda: Client(1),
    lambda: object(1),
]
for call in calls:
    try:
        print("ok", call())
    except TypeError as exc:
        print("TypeError:", exc)
connect("db", 1, timeout=2)
