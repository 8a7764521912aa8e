# Validating user-entered dates and times: CPython's messages for each bad field.
from datetime import date, datetime, time
from enum import IntEnum


class Month(IntEnum):
    JAN = 1
    FEB = 2


class Day:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


cases = [
    (date, (2024, 2, 29)), (date, (2023, 2, 29)), (date, (0, 1, 1)), (date, (10000, 1, 1)),
    (date, (2024, 13, 1)), (date, (2024, 0, 10)), (date, (2024, 4, 31)), (date, (2024, Month.FEB, Day(29))),
    (date, (2024.0, 1, 1)), (date, ("2024", 1, 1)), (date, (True, 1, 1)), (date, (2024,)),
    (datetime, (2024, 1, 1, 24)), (datetime, (2024, 1, 1, 23, 60)), (datetime, (2024, 1, 1, 0, 0, 60)),
    (datetime, (2024, 1, 1, 0, 0, 0, 10**6)), (datetime, (2024, 1, 1, -1)), (datetime, (2024, 1, 1, 5, 6, 7, 8)),
    (time, (25,)), (time, (1, 2, 3, -4)), (time, (Day(7), Month.JAN)), (time, (1.5,)),
]
for cls, args in cases:
    shown = [a if isinstance(a, (int, float, str)) else type(a).__name__ for a in args[:3]]
    try:
        print(cls.__name__, shown, "->", repr(cls(*args)))
    except (ValueError, TypeError) as exc:
        print(cls.__name__, shown, "->", type(exc).__name__, exc)
for kwargs in [dict(fold=2), dict(fold=1), dict(tzinfo="UTC"), dict(tzinfo=None)]:
    try:
        print(kwargs, repr(datetime(2024, 6, 1, 12, **kwargs)))
    except (ValueError, TypeError) as exc:
        print(kwargs, type(exc).__name__, exc)
print(date.fromordinal(1), date.fromordinal(738945), date.fromordinal(3652059))
for n in [0, 3652060, 2**40, 10**20]:
    try:
        print(date.fromordinal(n))
    except (ValueError, OverflowError) as exc:
        print(n, type(exc).__name__, exc)
print(date(2024, 3, 1) - date(2024, 2, 1), date(2024, 1, 1).toordinal(), datetime(2024, 1, 1, 12).toordinal())
