# Builtin generic aliases in annotations (list[int], dict[str, set[int]], tuple[int, ...], X | None).
def group(pairs: list[tuple[str, int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


def stats(values: tuple[float, ...]) -> tuple[float, float]:
    return min(values), max(values)


def maybe_first(items: list[str] | None = None) -> str | None:
    return items[0] if items else None


print(group([("a", 1), ("b", 2), ("a", 3)]), stats((2.5, -1.0, 7.0)), maybe_first(), maybe_first(["x"]))
print(group.__annotations__)
print(stats.__annotations__["values"], maybe_first.__annotations__["return"])
Matrix = list[list[float]]


def identity(n: int) -> Matrix:
    return [[float(i == j) for j in range(n)] for i in range(n)]


print(identity(2), list[int]("123"), (int | str) == (str | int))
print(isinstance(5, int | str), isinstance(None, int | None), issubclass(bool, int | float))
try:
    print(isinstance([1], list[int]))
except TypeError as exc:
    print("TypeError:", exc)
