# A tzinfo subclass with a DST rule (US-style, 2007+), utcoffset/dst/tzname and conversions.
from datetime import datetime, timedelta, tzinfo, timezone

ZERO = timedelta(0)
HOUR = timedelta(hours=1)


def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt


class USTimeZone(tzinfo):
    def __init__(self, hours, reprname, stdname, dstname):
        self.stdoffset = timedelta(hours=hours)
        self.reprname = reprname
        self.stdname = stdname
        self.dstname = dstname

    def __repr__(self):
        return self.reprname

    def tzname(self, dt):
        return self.dstname if self.dst(dt) else self.stdname

    def utcoffset(self, dt):
        return self.stdoffset + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 1))
        if start <= dt.replace(tzinfo=None) < end:
            return HOUR
        return ZERO


Eastern = USTimeZone(-5, "Eastern", "EST", "EDT")
Pacific = USTimeZone(-8, "Pacific", "PST", "PDT")

for month in (1, 3, 7, 11, 12):
    dt = datetime(2024, month, 10, 12, 0, tzinfo=Eastern)
    print(dt, dt.tzname(), dt.utcoffset(), dt.dst(), dt.astimezone(timezone.utc).strftime("%H:%M %Z"),
          dt.astimezone(Pacific).strftime("%H:%M %Z"))

summer = datetime(2024, 7, 4, 18, 30, tzinfo=Eastern)
print(repr(summer), summer.isoformat(), summer.strftime("%Y-%m-%d %H:%M %Z %z"))
print(summer.timetuple().tm_isdst, summer.utctimetuple()[:5], summer.timestamp())
print(summer - datetime(2024, 7, 4, 15, 30, tzinfo=Pacific), summer == datetime(2024, 7, 4, 22, 30, tzinfo=timezone.utc))


class Broken(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)


for call in (lambda: datetime(2024, 1, 1, tzinfo=Broken()).utcoffset(), lambda: tzinfo().utcoffset(None)):
    try:
        call()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
