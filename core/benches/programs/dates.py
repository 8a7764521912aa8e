# datetime arithmetic, formatting and parsing, with an enum: the datetime benchmark.
from datetime import date, datetime, timedelta, timezone
from enum import Enum


class Kind(Enum):
    OPEN = 1
    CLOSE = 2


start = datetime(2024, 1, 1, 8, 30, tzinfo=timezone.utc)
step = timedelta(hours=7, minutes=13)
total = timedelta()
days = {}
labels = []
for i in range(300):
    t = start + step * i
    total += t - start
    days[t.date()] = days.get(t.date(), 0) + 1
    if i % 10 == 0:
        labels.append(t.strftime("%Y-%m-%d %H:%M %a"))
        labels.append(datetime.strptime(labels[-1][:16], "%Y-%m-%d %H:%M").isoformat())
    kind = Kind.OPEN if t.hour < 12 else Kind.CLOSE
    labels.append(kind.name)
print(total, len(days), max(days.values()), labels[:3], date(2024, 3, 1) - date(2024, 1, 1))
