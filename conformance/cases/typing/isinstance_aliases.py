# isinstance/issubclass with typing's aliases, special forms and unions, and nested tuples.
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple, Union

print(isinstance([], List), isinstance({}, Dict), isinstance(set(), Set), isinstance((), Tuple))
print(isinstance([], Sequence), isinstance([], Iterable), isinstance(len, Callable))
print(isinstance([1], (int, List)), isinstance("s", (int, (bytes, Sequence))))
print(issubclass(list, List), issubclass(dict, List), issubclass(bool, (str, Optional[int])))
print(isinstance(3, Optional[int]), isinstance(None, Optional[int]), isinstance("x", Union[int, str]))
print(isinstance([], Optional[int]), issubclass(type(None), Optional[str]))
for spec in (List[int], Dict[str, int], Any, Union, Optional, Union[List[int], str]):
    for check, arg in ((isinstance, []), (issubclass, list)):
        try:
            print(check.__name__, check(arg, spec))
        except TypeError as e:
            print(check.__name__, "TypeError:", e)

nested = int
for _ in range(5000):
    nested = (nested,)
for check, arg in ((isinstance, 1), (issubclass, bool)):
    try:
        print(check(arg, nested))
    except RecursionError as e:
        print(type(e).__name__, e)
print(isinstance(1, ((((int,),),),)), issubclass(bool, ((((int,),),),)))
