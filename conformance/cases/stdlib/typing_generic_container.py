# A typed repository: Generic[T], TypeVar bounds, Protocol, TypedDict, NamedTuple, get_type_hints.
from typing import (Any, Callable, Dict, Generic, Iterator, List, NamedTuple, Optional, Protocol,
                    TypedDict, TypeVar, Union, cast, get_type_hints, runtime_checkable, get_origin,
                    get_args, Literal, Final, ClassVar)

T = TypeVar("T")
K = TypeVar("K", bound=str)


@runtime_checkable
class HasId(Protocol):
    id: int

    def describe(self) -> str: ...


class Product(NamedTuple):
    id: int
    name: str
    price: float = 0.0

    def describe(self) -> str:
        return f"#{self.id} {self.name} ${self.price:.2f}"


class Movie(TypedDict, total=False):
    title: str
    year: int


class Repository(Generic[T]):
    kind: ClassVar[str] = "memory"

    def __init__(self) -> None:
        self._items: Dict[int, T] = {}

    def add(self, key: int, item: T) -> None:
        self._items[key] = item

    def get(self, key: int) -> Optional[T]:
        return self._items.get(key)

    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [v for v in self._items.values() if pred(v)]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())


repo: Repository[Product] = Repository()
for p in [Product(1, "pen", 1.5), Product(2, "book", 12.0), Product(3, "mug")]:
    repo.add(p.id, p)
print(repo.get(2), repo.get(9), [p.describe() for p in repo.find(lambda p: p.price > 1)])
print(isinstance(Product(4, "x"), HasId), isinstance("str", HasId), Repository.kind)
m: Movie = {"title": "Heat"}
print(m, Movie.__total__, sorted(Movie.__annotations__), Product._field_defaults)
print(Repository[int], Repository[Product].__origin__ is Repository, List[int], Dict[str, List[int]])
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], Literal["a", "b"])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[str]), get_origin(Union[int, str]))
print(get_type_hints(Repository.get), get_type_hints(Product))
print(cast(int, "not checked"), T, K.__bound__, T.__name__, Callable[[int], str])
MAX: Final = 3
print(MAX, Any, Repository.__parameters__, Generic.__name__ if hasattr(Generic, "__name__") else "")


def first(xs: List[T]) -> T:
    return xs[0]


print(first([3, 2]), first.__annotations__)
print(list[int], dict[str, int | None], tuple[int, ...], type(int | str).__name__)
try:
    Repository[int, str]
except TypeError as e:
    print("TypeError:", e)
first([])
