# Function objects: annotations evaluated at definition, defaults, closures, code, docstrings and attributes.
Vector = list[float]


def scale(v: Vector, factor: float = 2.0, *, clamp: int | None = None) -> Vector:
    """Scale a vector, optionally clamping each item."""
    out = [x * factor for x in v]
    return [min(x, clamp) for x in out] if clamp is not None else out


def counter(start=0):
    count = start

    def step(by: int = 1) -> int:
        nonlocal count
        count += by
        return count

    return step


print(scale.__annotations__)
print(scale.__defaults__, scale.__kwdefaults__, scale.__doc__, scale.__name__, scale.__qualname__)
print(scale.__code__.co_argcount, scale.__code__.co_varnames, scale.__code__.co_kwonlyargcount)
s = counter(10)
s(), s(5)
print(s.__closure__[0].cell_contents, s.__code__.co_freevars, s.__qualname__, s.__module__)
print(dict[str, list[int]], tuple[int, ...], int | None, list[int] == list[int], type(list[int]).__name__)
s.label = "ticker"
s.__wrapped__ = scale
print(s.label, s.__dict__["label"], s.__wrapped__ is scale, sorted(vars(s)), counter.__closure__, counter.__defaults__)
print(isinstance(3, int | str), isinstance("x", (int, (float, str))), (int | str).__args__)


def no_doc(a, /, b, *args, c, **kw):
    pass


print(no_doc.__doc__, no_doc.__annotations__, no_doc.__code__.co_posonlyargcount, no_doc.__kwdefaults__)
print(s.__closure__[0].cell_contents.missing)
