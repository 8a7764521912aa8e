# Event analytics: bucket timestamps by hour, weekday, ISO week and month; durations and rates.
from datetime import datetime, timedelta



def count(items):
    tally = {}
    for item in items:
        tally[item] = tally.get(item, 0) + 1
    return tally


base = datetime(2024, 4, 26, 21, 15)
events = [base + timedelta(minutes=97 * i + (i * i) % 53) for i in range(40)]

by_hour = count(e.hour for e in events)
by_weekday = count(e.strftime("%a") for e in events)
by_week = count(f"{e.isocalendar().year}-W{e.isocalendar().week:02d}" for e in events)
by_month = count(e.strftime("%B %Y") for e in events)

print("first", events[0], "last", events[-1], "span", events[-1] - events[0])
print("busiest hours", sorted(by_hour.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("weekdays", sorted(by_weekday.items()))
print("weeks", sorted(by_week.items()), "months", sorted(by_month.items()))

gaps = [b - a for a, b in zip(events, events[1:])]
print("min gap", min(gaps), "max gap", max(gaps), "mean gap", sum(gaps, timedelta()) / len(gaps))
per_day = len(events) / ((events[-1] - events[0]) / timedelta(days=1))
print(f"rate {per_day:.3f}/day")

night = [e for e in events if e.hour >= 22 or e.hour < 6]
print(len(night), "at night; first", night[0].strftime("%Y-%m-%d %I:%M %p"))
midnights = sorted({e.replace(hour=0, minute=0, second=0, microsecond=0) for e in events})
print([m.strftime("%d/%m") for m in midnights])
print(max(events, key=lambda e: (e.minute, e.hour)).time(), min(e.date() for e in events if e.weekday() == 6))
window_start = datetime(2024, 4, 28, 12)
in_window = [e for e in events if window_start <= e < window_start + timedelta(hours=12)]
print(len(in_window), [e.strftime("%H:%M") for e in in_window])
print(f"{events[5]:%Y-%m-%dT%H:%M}", events[5].isoformat(sep=" "), events[5].timestamp())
