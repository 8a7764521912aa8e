# typing.Annotated as code that reads annotations sees it: the origin is the
# type itself, the extras are __metadata__, get_origin/get_args/get_type_hints
# treat it as CPython does.
from typing import (Annotated, Dict, List, Optional, Union, get_args, get_origin,
                    get_type_hints)

Meters = Annotated[float, "unit:m"]
Positive = Annotated[int, "positive", 0]

print(Meters, Meters.__origin__, Meters.__metadata__)
print(get_origin(Meters) is Annotated, get_args(Positive))
print(Annotated[Meters, "rounded"], Annotated[Meters, "rounded"].__metadata__)
print(Meters == Annotated[float, "unit:m"], Meters == Annotated[float, "unit:km"])
print(len({Meters, Annotated[float, "unit:m"], Positive}))
print(Meters("2.5") + 1, Positive("7"))
print(Optional[Meters], Dict[str, Positive])


class Route:
    length: Meters
    stops: List[Annotated[str, "stop name"]]
    speed: Optional[Annotated[float, "km/h"]] = None

    def eta(self, hours: Annotated[float, "h"]) -> Annotated[str, "text"]:
        return f"{hours:.1f} h"


print(get_type_hints(Route))
print(get_type_hints(Route, include_extras=True)["stops"])
print(get_type_hints(Route.eta))


def describe(hint):
    if get_origin(hint) is Annotated:
        base, *extras = get_args(hint)
        return f"{base.__name__} with {extras}"
    return getattr(hint, "__name__", repr(hint))


for name, hint in get_type_hints(Route, include_extras=True).items():
    print(name, "->", describe(hint))

for bad in (lambda: Annotated[int], lambda: Annotated[()]):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
print(Union[Positive, str])
print([h.__name__ for h in (List[int], Optional[int], Union[int, str], Meters, Dict)])
print(Union[int, None] == Optional[int], len({Union[int, str], Union[str, int]}))
