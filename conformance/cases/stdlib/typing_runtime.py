# typing names at run time: aliases and their reprs, TypeVar and Generic classes, Protocol, NamedTuple.
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterable, List, Literal, NamedTuple,
                    NewType, Optional, Protocol, Sequence, Tuple, TypeVar, Union, cast,
                    TYPE_CHECKING)
import typing

T = TypeVar("T")
Num = TypeVar("Num", int, float)
UserId = NewType("UserId", int)

print(Optional[int], Union[int, str], Union[str, None], Union[int, Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool])
print(Callable[..., Any], Literal["r", "w"], ClassVar[int], Sequence[T], T, Num)
print(Union[int], typing.get_origin(List[int]) is list, typing.get_args(Dict[str, float]))
print(TYPE_CHECKING, cast(List[int], "not checked"), UserId(42), UserId)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None


s = Stack()
s.push(1).push(2)
print(s.pop(), s.pop(), s.pop())


class HasArea(Protocol):
    def area(self) -> float: ...


class Rect:
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h


def total_area(shapes: Iterable[HasArea]) -> float:
    return sum(shape.area() for shape in shapes)


print(total_area([Rect(2, 3), Rect(1, 1.5)]))


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50_000


staff = [Employee("ann", "eng", 120_000), Employee("bob", "ops")]
print(staff[1], staff[0].salary, staff[1]._asdict())
by_dept: Dict[str, List[str]] = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)


def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


print(first([3, 4]), first([], "empty"), first.__name__)
