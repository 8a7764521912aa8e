# World clock with zoneinfo: DST transitions, folds, gaps, conversions and errors.
from datetime import datetime, timedelta, timezone
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

zones = ["UTC", "Europe/London", "Europe/Paris", "America/New_York", "America/Los_Angeles",
         "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo", "Pacific/Auckland"]
meeting = datetime(2024, 3, 31, 14, 0, tzinfo=timezone.utc)
for key in zones:
    tz = ZoneInfo(key)
    local = meeting.astimezone(tz)
    print(f"{key:<20} {local:%Y-%m-%d %H:%M} {local.tzname():<6} {local.utcoffset()} dst={local.dst()}")

ny = ZoneInfo("America/New_York")
print(repr(ny), str(ny), ny.key, ZoneInfo("America/New_York") is ny)
for month in (1, 4, 7, 10, 12):
    d = datetime(2024, month, 15, 12, tzinfo=ny)
    print(d.isoformat(), d.tzname(), d.dst())

# The autumn fold: 01:30 happens twice in New York on 2024-11-03.
early = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
late = early.replace(fold=1)
print(early.tzname(), late.tzname(), early.utcoffset(), late.utcoffset())
print(early.astimezone(timezone.utc), late.astimezone(timezone.utc))
# The spring gap: 02:30 does not exist on 2024-03-10.
gap = datetime(2024, 3, 10, 2, 30, tzinfo=ny)
print(gap.tzname(), gap.astimezone(timezone.utc))
utc_times = [datetime(2024, 11, 3, 5, 0, tzinfo=timezone.utc) + timedelta(minutes=30 * i) for i in range(4)]
print([(t.astimezone(ny).strftime("%H:%M %Z"), t.astimezone(ny).fold) for t in utc_times])

london = ZoneInfo("Europe/London")
start = datetime(2024, 10, 26, 12, tzinfo=london)
print(start + timedelta(days=1), (start + timedelta(days=1)).astimezone(timezone.utc))
print(datetime(2030, 7, 1, tzinfo=london).tzname(), datetime(1990, 7, 1, tzinfo=ZoneInfo("Asia/Tokyo")).utcoffset())
print(datetime.fromtimestamp(1700000000, ZoneInfo("Asia/Kolkata")), datetime.now(ZoneInfo("UTC")).tzinfo)
for bad in ("Mars/Olympus_Mons", "america/new_york", "../etc/passwd"):
    try:
        ZoneInfo(bad)
    except ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(isinstance(ZoneInfoNotFoundError("x"), KeyError), "Europe/Berlin" in zoneinfo.available_timezones())
