# A decorator that checks arguments against annotations at call time and reports mismatches.
def typechecked(fn):
    hints = fn.__annotations__
    names = [n for n in hints if n != "return"]

    def wrapper(*args, **kwargs):
        bound = dict(zip(names, args))
        bound.update(kwargs)
        for name, value in bound.items():
            expected = hints.get(name)
            if expected is not None and not isinstance(value, expected):
                raise TypeError(f"{fn.__name__}(): {name} must be {expected.__name__}, got {type(value).__name__}")
        result = fn(*args, **kwargs)
        if "return" in hints and not isinstance(result, hints["return"]):
            raise TypeError(f"{fn.__name__}() returned {type(result).__name__}")
        return result

    wrapper.__name__ = fn.__name__
    return wrapper


@typechecked
def repeat_text(text: str, times: int) -> str:
    return text * times


@typechecked
def mean(values: list, weights: (list, type(None)) = None) -> float:
    if weights is None:
        return sum(values) / len(values)
    return sum(v * w for v, w in zip(values, weights)) / sum(weights)


print(repeat_text("ab", 3), repeat_text(times=2, text="x"))
print(mean([1, 2, 3]), mean([1, 2, 3], [3, 2, 1]))
for call in [lambda: repeat_text(3, "ab"), lambda: mean((1, 2)), lambda: repeat_text("a", True)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(repeat_text("x", 2.5))
