# timedelta arithmetic: normalisation, division, rounding, str/repr forms, and errors.
from datetime import timedelta

laps = [timedelta(minutes=1, seconds=32, milliseconds=450), timedelta(seconds=95.125),
        timedelta(minutes=1, seconds=29, microseconds=999999)]
total = sum(laps, timedelta())
print("total", total, repr(total))
print("average", total / len(laps), "best", min(laps), "worst", max(laps))
print("ratio", round(max(laps) / min(laps), 6), "laps per hour", timedelta(hours=1) // min(laps))
print("remainder", timedelta(hours=1) % min(laps), divmod(timedelta(hours=1), timedelta(minutes=7)))

samples = [timedelta(0), timedelta(days=-1), timedelta(seconds=-1), timedelta(days=1, hours=-25),
           timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8),
           timedelta(hours=1.5), timedelta(microseconds=-1), -timedelta(days=3, seconds=7200)]
for s in samples:
    print(f"{str(s):>28} | {s!r} | {s.days} {s.seconds} {s.microseconds} | {s.total_seconds()}")

print(timedelta(days=1) * 2.5, 3 * timedelta(minutes=20), timedelta(hours=5) * 0.1)
print(abs(timedelta(days=-2, hours=3)), +timedelta(1), bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta(hours=24) == timedelta(days=1), timedelta(1) < timedelta(2), timedelta(0) == 0)
print(hash(timedelta(days=1)) == hash(timedelta(hours=24)), len({timedelta(1), timedelta(hours=24)}))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(microseconds=2.5))

for bad in ("timedelta(days=1e9)", "timedelta(1) + 5", "timedelta(1) / 0", "timedelta(1) * 'x'"):
    try:
        eval(bad)
    except (OverflowError, TypeError, ZeroDivisionError) as exc:
        print(type(exc).__name__, "-", exc)
