# Timesheet arithmetic: durations added, scaled, divided and normalised.
from datetime import datetime, timedelta

shifts = [("09:00", "17:30"), ("22:15", "06:45"), ("12:00", "12:00"), ("07:05", "19:55")]
total = timedelta()
for start, end in shifts:
    a = datetime.strptime("2024-05-01 " + start, "%Y-%m-%d %H:%M")
    b = datetime.strptime("2024-05-01 " + end, "%Y-%m-%d %H:%M")
    if b < a:
        b += timedelta(days=1)
    worked = b - a
    total += worked
    print(start, end, worked, worked.total_seconds(), repr(worked))
print("total", total, total * 4, total * 0.5, total / 3, total // timedelta(hours=1), total % timedelta(hours=1))
print(-total, abs(-total), +total, total - timedelta(days=2), timedelta(days=2) - total)
print(timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(days=-1, seconds=86399, microseconds=10**6))
print(timedelta(weeks=1, days=-8, hours=23, minutes=59, seconds=60), timedelta(milliseconds=1500.5))
print(timedelta(days=999999999) - timedelta(days=1), timedelta(hours=36) * 3 == timedelta(days=4, hours=12))
print(hash(timedelta(hours=1)) == hash(timedelta(minutes=60)), timedelta(1, 2, 3) < timedelta(1, 2, 4))
print(sorted([timedelta(hours=h) for h in (5, -2, 30, 0)]), sum([timedelta(minutes=m) for m in range(10)], timedelta()))
print(divmod(timedelta(hours=25), timedelta(hours=7)), timedelta(hours=1) * 10**6)
start = datetime(2024, 1, 31, 23, 30)
for k in range(5):
    print(start + timedelta(days=30 * k, minutes=45 * k), (start - timedelta(days=366 * k)).date())
for bad in [lambda: timedelta(days=10**9), lambda: timedelta(days=999999999) + timedelta(days=1),
            lambda: timedelta(days=1) * 10**10, lambda: datetime(9999, 12, 31) + timedelta(days=1),
            lambda: datetime(1, 1, 1) - timedelta(microseconds=1), lambda: timedelta(hours="1")]:
    try:
        print(bad())
    except (OverflowError, TypeError) as exc:
        print(type(exc).__name__, exc)
