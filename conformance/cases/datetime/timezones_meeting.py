# Scheduling a meeting across fixed-offset time zones; aware vs naive errors.
from datetime import datetime, timedelta, timezone

offices = {
    "London": timezone.utc,
    "Berlin": timezone(timedelta(hours=1), "CET"),
    "Kolkata": timezone(timedelta(hours=5, minutes=30), "IST"),
    "New York": timezone(timedelta(hours=-5), "EST"),
    "Auckland": timezone(timedelta(hours=13)),
}

meeting = datetime(2024, 1, 15, 15, 30, tzinfo=timezone.utc)
for city, tz in offices.items():
    local = meeting.astimezone(tz)
    ok = 9 <= local.hour < 18
    print(f"{city:>9}: {local:%Y-%m-%d %H:%M} {local.tzname():>9} {str(local.utcoffset()):>17} {'ok' if ok else 'outside hours'}")

print(repr(offices["Kolkata"]), repr(timezone.utc), timezone(timedelta(hours=-3)), timezone.min, timezone.max)
print(meeting.isoformat(), meeting.astimezone(offices["New York"]).isoformat())
ny = datetime(2024, 1, 15, 10, 30, tzinfo=offices["New York"])
print(ny == meeting, ny - meeting, ny.timestamp() == meeting.timestamp(), hash(ny) == hash(meeting))
print(datetime.fromisoformat("2024-01-15T21:00:00+05:30") - meeting)
print(datetime.fromtimestamp(1705332600, tz=offices["Berlin"]), datetime.fromtimestamp(0, timezone.utc))
print(meeting.replace(tzinfo=None), meeting.timetuple().tm_hour, meeting.utctimetuple().tm_yday)

naive = datetime(2024, 1, 15, 15, 30)
print(naive == meeting, naive.tzinfo, naive.utcoffset())
for op in ("naive < meeting", "naive - meeting", "timezone(timedelta(hours=24))", "timezone('UTC')"):
    try:
        eval(op)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
