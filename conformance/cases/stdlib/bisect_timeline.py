# Looking up events on a timeline with bisect: rate tables, interval membership, sorted insert.
import bisect
from dataclasses import dataclass, field

TAX_BRACKETS = [(0, 0.0), (10_000, 0.1), (40_000, 0.2), (90_000, 0.3)]
limits = [b for b, _ in TAX_BRACKETS]


def tax(income):
    total = 0.0
    for i, (low, rate) in enumerate(TAX_BRACKETS):
        if income <= low:
            break
        high = TAX_BRACKETS[i + 1][0] if i + 1 < len(TAX_BRACKETS) else income
        total += (min(income, high) - low) * rate
    return round(total, 2)


for income in [5_000, 10_000, 25_000, 60_000, 150_000]:
    print(income, TAX_BRACKETS[bisect.bisect_right(limits, income) - 1][1], tax(income))


@dataclass(order=True)
class Event:
    at: int
    name: str = field(compare=False)


timeline = []
for at, name in [(30, "lunch"), (5, "standup"), (60, "review"), (45, "call"), (5, "coffee")]:
    bisect.insort(timeline, Event(at, name))
print([(e.at, e.name) for e in timeline])
times = [e.at for e in timeline]
for t in [0, 5, 40, 60, 99]:
    i = bisect.bisect_left(times, t)
    nxt = timeline[i].name if i < len(timeline) else None
    prev = timeline[i - 1].name if i else None
    print(t, prev, nxt)
print(bisect.bisect(times, 5), bisect.bisect_left(times, 5), bisect.bisect_right(times, 100))
windows = [(0, 9), (10, 19), (30, 39)]
starts = [s for s, _ in windows]
for x in [3, 12, 25, 39, 40]:
    i = bisect.bisect_right(starts, x) - 1
    inside = i >= 0 and windows[i][0] <= x <= windows[i][1]
    print(x, windows[i] if inside else None)
names = ["bob", "alice", "carol"]
names.sort(key=str.lower)
bisect.insort(names, "Dave", key=str.lower)
print(names, bisect.bisect_left(names, "c", key=str.lower))
try:
    bisect.insort(timeline, 5)
except TypeError as e:
    print("TypeError:", e)
bisect.bisect(None, 1)
