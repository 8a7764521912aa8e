# Flight itinerary across time zones with zoneinfo: local departure/arrival, durations, DST.
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

flights = [
    ("LH 400", "Europe/Berlin", datetime(2024, 10, 26, 10, 5), "America/New_York", timedelta(hours=8, minutes=50)),
    ("AA 100", "America/New_York", datetime(2024, 10, 27, 18, 15), "Europe/London", timedelta(hours=6, minutes=55)),
    ("QF 1", "Europe/London", datetime(2024, 10, 28, 21, 0), "Australia/Sydney", timedelta(hours=22, minutes=20)),
    ("NZ 102", "Australia/Sydney", datetime(2024, 11, 1, 7, 0), "Pacific/Auckland", timedelta(hours=3)),
]

total_air = timedelta()
for number, dep_zone, dep_local, arr_zone, duration in flights:
    dep = dep_local.replace(tzinfo=ZoneInfo(dep_zone))
    arr = (dep + duration).astimezone(ZoneInfo(arr_zone))
    arr_utc_based = (dep.astimezone(ZoneInfo("UTC")) + duration).astimezone(ZoneInfo(arr_zone))
    total_air += duration
    day_shift = (arr.date() - dep.date()).days
    print(f"{number:<7} {dep:%a %d %b %H:%M %Z} -> {arr:%a %d %b %H:%M %Z}"
          f" ({'+' if day_shift >= 0 else ''}{day_shift}d) {arr == arr_utc_based} offset change"
          f" {arr.utcoffset() - dep.utcoffset()}")

print("time in the air:", total_air)
first = flights[0][2].replace(tzinfo=ZoneInfo(flights[0][1]))
last = flights[-1][2].replace(tzinfo=ZoneInfo(flights[-1][1])) + flights[-1][4]
print("door to door:", last - first, "wall clock difference:", last.replace(tzinfo=None) - first.replace(tzinfo=None))

berlin = ZoneInfo("Europe/Berlin")
for day in (26, 27, 28):
    noon = datetime(2024, 10, day, 12, tzinfo=berlin)
    print(noon.isoformat(), noon.tzname(), noon.dst(), (noon + timedelta(hours=24)).isoformat())
print(datetime(2024, 10, 27, 2, 30, tzinfo=berlin).utcoffset(), datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=berlin).utcoffset())
print(sorted({ZoneInfo(z).key for z in ("Asia/Tokyo", "Asia/Tokyo", "Europe/Berlin")}))
print(datetime(2024, 6, 1, tzinfo=ZoneInfo("Asia/Kolkata")).strftime("%Y-%m-%d %H:%M %Z %z"))
