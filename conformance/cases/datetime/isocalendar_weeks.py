# ISO weeks and calendar facts for a sprint planner.
from datetime import date, timedelta


def week_start(d):
    return d - timedelta(days=d.weekday())


def sprint_of(d, first=date(2024, 1, 1), length=14):
    return (d - first).days // length + 1


days = [date(2020, 12, 31), date(2021, 1, 3), date(2024, 1, 1), date(2024, 2, 29), date(2024, 12, 30),
        date(2026, 1, 1), date(2027, 1, 1)]
for d in days:
    iso = d.isocalendar()
    print(d, d.strftime("%a"), d.weekday(), d.isoweekday(), iso, tuple(iso), iso.week,
          d.strftime("%G-W%V-%u %U %W %j"), week_start(d))

print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7), date.fromisoformat("2024-W09-4"))
by_week = {}
d = date(2024, 2, 20)
while d < date(2024, 3, 20):
    by_week.setdefault(d.isocalendar().week, []).append(d.day)
    d += timedelta(days=3)
print(by_week)
print([sprint_of(date(2024, m, 15)) for m in range(1, 13)])
print(date(2024, 1, 1).ctime(), date.min.isoformat(), date.max.toordinal(), date.resolution)
for args in ((2024, 54, 1), (2024, 0, 1), (2024, 1, 8)):
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print("ValueError:", e)
