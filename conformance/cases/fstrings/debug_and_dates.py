# f-string = specifier, datetime formatting with fixed dates, and str.format parity.
from datetime import date, datetime, timedelta

x, items = 10, [1, 2, 3]
print(f"{x=}", f"{x = }", f"{x * 2 = :>5}", f"{items=!s}", f"{len(items)=}")
d = date(2024, 2, 28)
print(f"{d:%Y/%m/%d}", f"{d + timedelta(days=1):%A %d %B}", f"{d=}")
stamp = datetime(2024, 3, 5, 14, 7, 9)
print(f"{stamp:%H:%M:%S}", f"{stamp.isoformat()}", stamp.strftime("%b %d, %Y"))
print(f"{stamp - datetime(2024, 1, 1)}", (d - date(2023, 12, 25)).days)
user = {"name": "ann", "roles": ["admin", "dev"]}
print(f"{user['name'].capitalize()} has roles {', '.join(user['roles'])}")
print(f"{'-' * 20}")
print("{x} {y}".format(x=f"{x:03}", y=f"{x!r:>4}"))
