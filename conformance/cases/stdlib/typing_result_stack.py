# A Result type and a typed stack: Generic dataclasses, TypeVar constraints, overload, Callable.
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Generic, Iterator, TypeVar, Union, overload, get_type_hints, Any

T = TypeVar("T")
E = TypeVar("E", bound=Exception)
N = TypeVar("N", int, float)


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T

    def map(self, f: Callable[[T], Any]) -> "Ok[Any]":
        return Ok(f(self.value))


@dataclass(frozen=True)
class Err(Generic[E]):
    error: E

    def map(self, f):
        return self


Result = Union[Ok[T], Err[E]]


def parse_int(s: str) -> Result[int, ValueError]:
    try:
        return Ok(int(s))
    except ValueError as e:
        return Err(e)


@dataclass
class Stack(Generic[T]):
    items: list[T] = field(default_factory=list)

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)

    def __len__(self) -> int:
        return len(self.items)


def total(xs: list[N]) -> N:
    return sum(xs)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


for raw in ["42", "x1", "-7"]:
    r = parse_int(raw).map(lambda v: v * 10)
    match r:
        case Ok(value=v):
            print("ok", v)
        case Err(error=e):
            print("err", type(e).__name__, e)
s: Stack[str] = Stack()
for w in "to be or not".split():
    s.push(w)
print(list(s), len(s), s.pop(), s, Stack[int]().items)
print(total([1, 2, 3]), total([0.5, 0.25]), double(4), double("ab"))
print(Ok(1) == Ok(1), Ok[int], Result, E.__bound__, N.__constraints__)
print(get_type_hints(parse_int), parse_int.__annotations__)
print(Stack.__parameters__, Ok.__parameters__, Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else "")
Stack().pop()
