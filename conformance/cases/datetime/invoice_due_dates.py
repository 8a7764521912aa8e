# Invoice due dates: net terms, weekend roll-forward, overdue buckets and reprs.
from datetime import date, timedelta

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 12, 25)}


def next_business_day(d):
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += timedelta(days=1)
    return d


def due_date(issued, net_days):
    return next_business_day(issued + timedelta(days=net_days))


invoices = [
    ("INV-001", date(2024, 1, 2), 30, 1200.00),
    ("INV-002", date(2024, 5, 27), 0, 310.50),
    ("INV-003", date(2024, 6, 4), 30, 75.25),
    ("INV-004", date(2024, 11, 25), 30, 980.00),
    ("INV-005", date(2024, 2, 29), 365, 42.00),
]

today = date(2024, 8, 15)
buckets = {"current": [], "1-30": [], "31-90": [], "90+": []}
for number, issued, net, amount in invoices:
    due = due_date(issued, net)
    late = (today - due).days
    if late <= 0:
        bucket = "current"
    elif late <= 30:
        bucket = "1-30"
    elif late <= 90:
        bucket = "31-90"
    else:
        bucket = "90+"
    buckets[bucket].append(number)
    print(f"{number} issued {issued:%a %d %b %Y} due {due.isoformat()} ({due:%A}) late={late:>4} {amount:>8.2f}")

for name, numbers in buckets.items():
    print(f"{name:>7}: {', '.join(numbers) or '-'}")

print(repr(due_date(date(2024, 12, 20), 5)), date(2024, 12, 20) + timedelta(weeks=2))
print(date(2024, 3, 31) - date(2024, 1, 31), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(min(d for _, d, _, _ in invoices), max(invoices, key=lambda i: i[1])[0])
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)]))
print(date(2024, 1, 31).replace(day=29, month=2), date.fromordinal(date(2024, 1, 1).toordinal() + 59))
