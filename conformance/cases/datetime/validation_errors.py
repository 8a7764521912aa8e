# Validating user-entered dates: constructor errors, type errors, and an uncaught one at the end.
from datetime import date, datetime, timedelta

rows = [("2024", "2", "29"), ("2023", "2", "29"), ("2024", "13", "1"), ("0", "1", "1"),
        ("2024", "4", "31"), ("10000", "1", "1"), ("2024", "x", "1")]
for row in rows:
    try:
        d = date(*map(int, row))
        print(row, "->", d.isoformat())
    except ValueError as e:
        print(row, "->", type(e).__name__, e)

checks = [
    lambda: datetime(2024, 1, 1, 24),
    lambda: datetime(2024, 1, 1, 23, 60),
    lambda: datetime(2024, 1, 1, 23, 59, 60),
    lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000),
    lambda: datetime(2024),
    lambda: date(2024, 1),
    lambda: date(2024.0, 1, 1),
    lambda: date("2024", 1, 1),
    lambda: timedelta(days="3"),
    lambda: timedelta(fortnights=1),
    lambda: datetime.fromtimestamp("0"),
    lambda: datetime.fromtimestamp(1e20),
    lambda: date.max + timedelta(days=1),
    lambda: date.min - timedelta(days=1),
    lambda: datetime(2024, 1, 1) + 1,
    lambda: date(2024, 1, 1) - datetime(2024, 1, 1),
    lambda: timedelta(days=10**9),
    lambda: date(2024, 1, 1).strftime(None),
    lambda: date.fromordinal(0),
    lambda: datetime.combine("2024-01-01", None),
]
for check in checks:
    try:
        print("ok", check())
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")

deadline = date(2024, 2, 30)
