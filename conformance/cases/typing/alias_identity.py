# Subscripting a bare typing alias with a class gives the same alias object
# each time (CPython caches it), and that alias behaves like a fresh one.
from typing import Dict, List, Set, Tuple, Callable


class Item:
    pass


print(List[int] is List[int], Set[str] is Set[str], List[Item] is List[Item])
print(List[int] is List[str], List[int] == List[int])
print(List[int], Set[Item].__args__, List[str].__origin__)
print(Dict[str, int] == Dict[str, int], Tuple[int, ...])
aliases = {List[int]: "ints", List[str]: "strs"}
print(aliases[List[int]], aliases[List[str]])
print(Callable[[int], str] == Callable[[int], str])
