# typing caches every subscription with hashable parameters: the same
# Optional/Union/Dict/Callable/Literal/Annotated alias comes back each time,
# which code keyed on aliases (a handler registry) relies on. Literal values
# keep their types: Literal[1] and Literal[True] differ.
from typing import (Annotated, Callable, Dict, Generic, List, Literal, Optional, Tuple,
                    TypeVar, Union)

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


handlers = {}


def handles(annotation):
    def register(func):
        handlers[id(annotation)] = func
        return func
    return register


@handles(Optional[str])
def maybe_text(value):
    return "" if value is None else value.strip()


@handles(Dict[str, int])
def counts(value):
    return {k: int(v) for k, v in value.items()}


@handles(Literal["asc", "desc"])
def order(value):
    return value if value in ("asc", "desc") else "asc"


def convert(annotation, value):
    handler = handlers.get(id(annotation))
    return handler(value) if handler else value


print(convert(Optional[str], "  hi  "), convert(Optional[str], None) == "")
print(convert(Dict[str, int], {"a": "1", "b": "2"}))
print(convert(Literal["asc", "desc"], "up"), convert(Literal["desc", "asc"], "desc"))

print(Optional[str] is Optional[str], Union[int, str] is Union[int, str])
print(Union[int, str] is Union[str, int], Union[int, str] == Union[str, int])
print(Optional[int] is Union[int, None], Optional[int] == Union[int, None])
print(Optional[List[int]] is Optional[List[int]], Tuple[int, ...] is Tuple[int, ...])
print(Callable[[int], str] is Callable[[int], str], Box[int] is Box[int], Box[int] is Box[str])
print(Annotated[int, "meta"] is Annotated[int, "meta"], Union[int] is int)

print(Literal[1] == Literal[True], Literal[1] is Literal[True], Literal[1] == Literal[1.0])
print(Literal[1, 2] == Literal[2, 1], hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Literal[1, 1, True], Literal[Literal["a", "b"], "c"], Literal["a", "b"].__args__)
print(Literal[[1]] is Literal[[1]], Literal[[1]])
print(Optional[Literal["x"]], Literal[None])

# Unhashable parameters are not cached, and still work.
print(Annotated[int, {"unit": "m"}] is Annotated[int, {"unit": "m"}])
print(Annotated[int, {"unit": "m"}] == Annotated[int, {"unit": "m"}])
