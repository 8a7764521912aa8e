# Rota builder: combine dates and times, overnight shifts, overlap checks and totals.
from datetime import date, datetime, time, timedelta

shifts = [
    ("ana", date(2024, 3, 8), time(22, 0), time(6, 0)),
    ("ben", date(2024, 3, 8), time(9, 0), time(17, 30)),
    ("ana", date(2024, 3, 9), time(14, 0), time(22, 0)),
    ("cy", date(2024, 3, 9), time(5, 45), time(13, 15)),
    ("ben", date(2024, 3, 9), time(16, 0), time(23, 59, 59)),
]


def span(day, start, end):
    begin = datetime.combine(day, start)
    finish = datetime.combine(day, end)
    if finish <= begin:
        finish += timedelta(days=1)
    return begin, finish


hours = {}
spans = []
for who, day, start, end in shifts:
    begin, finish = span(day, start, end)
    spans.append((who, begin, finish))
    hours[who] = hours.get(who, timedelta()) + (finish - begin)
    print(f"{who:<4} {begin:%a %H:%M} -> {finish:%a %H:%M} {finish - begin}")

for who, total in sorted(hours.items()):
    print(f"{who}: {total} = {total.total_seconds() / 3600:.2f}h")

for i, (a, a0, a1) in enumerate(spans):
    for b, b0, b1 in spans[i + 1:]:
        overlap = min(a1, b1) - max(a0, b0)
        if overlap > timedelta(0):
            print(f"overlap {a}/{b}: {overlap}")

t = time(23, 59, 59, 999999)
print(repr(t), t, t.replace(hour=0), time(7) < time(7, 0, 1), time.min, time.max, time.resolution)
print(time(12, 30).strftime("%I:%M %p"), time(0, 5).strftime("%H:%M:%S"), format(time(9, 5), "%H.%M"))
print(datetime.combine(date(2024, 3, 10), time(8)).time(), datetime(2024, 3, 10, 8, 15).date())
print(repr(datetime(2024, 3, 10, 8, 15, 0, 0)), repr(datetime(2024, 3, 10)), repr(datetime(2024, 3, 10, 0, 0, 1)))
print(bool(time(0)), hash(time(8)) == hash(time(8, 0)), sorted([time(9), time(8, 30), time(23)]))
