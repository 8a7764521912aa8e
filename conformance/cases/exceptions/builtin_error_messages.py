# A tour of common builtin error messages, caught and printed one per line.
cases = [
    lambda: [1, 2][5],
    lambda: (1,)[1],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: None.attr,
    lambda: (5).append(1),
    lambda: "x" + 1,
    lambda: 1 + "x",
    lambda: [1] * "2",
    lambda: len(42),
    lambda: int("4.5"),
    lambda: float("one"),
    lambda: 10 / 0,
    lambda: 10 % 0,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: next(iter([])),
    lambda: "a,b".split(",", "x"),
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: min(1),
    lambda: abs("x"),
    lambda: ord("ab"),
    lambda: chr("a"),
    lambda: list(1),
    lambda: dict(1),
    lambda: hash([]),
    lambda: iter(5),
    lambda: "abc".index("z"),
    lambda: [1].index(2),
    lambda: (1, 2, 3).index(4),
    lambda: range(5)[9],
    lambda: int(None),
    lambda: "{}".format(),
    lambda: divmod(1, 0),
    lambda: round("1.5"),
    lambda: sum(["a", "b"]),
    lambda: getattr(1, "nope"),
    lambda: object().x,
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
