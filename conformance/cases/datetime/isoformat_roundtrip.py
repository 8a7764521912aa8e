# isoformat/fromisoformat round trips, timespec, and 3.11's broader ISO parsing.
from datetime import date, datetime, time, timezone, timedelta

stamps = [datetime(2024, 7, 4, 9, 5), datetime(2024, 7, 4, 9, 5, 7, 120000),
          datetime(2024, 7, 4, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-7))),
          datetime(1, 1, 1), datetime(2024, 7, 4, tzinfo=timezone.utc)]
for s in stamps:
    text = s.isoformat()
    back = datetime.fromisoformat(text)
    print(f"{text:<34} {back == s} {s.isoformat(' ', 'minutes')} {str(s)}")

for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, time(8, 30, 15, 250).isoformat(spec), datetime(2024, 1, 2, 8, 30).isoformat(timespec=spec))

inputs = ["2024-03-04", "20240304", "2024-03-04T05", "2024-03-04T05:06", "2024-03-04 05:06:07.5",
          "2024-03-04T05:06:07,123456", "2024-03-04T05:06:07+01:00", "2024-03-04T05:06:07Z",
          "2024-W10-1T12:00", "20240304T050607-0230", "2024-03-04T24:00", "2024-3-4", "not a date",
          "2024-03-04T05:06:07+25:00"]
for text in inputs:
    try:
        print(f"{text!r:32} -> {datetime.fromisoformat(text)!r}")
    except ValueError as e:
        print(f"{text!r:32} -> ValueError: {e}")

print(date.fromisoformat("2024-02-29"), time.fromisoformat("10:11:12.345"), time.fromisoformat("T101112"))
print(repr(time.fromisoformat("10:11+05:00")), repr(time(1, 2, 3, tzinfo=timezone.utc)))
for bad in ("2024-02-30", "24:00"):
    try:
        print(date.fromisoformat(bad) if "-" in bad else time.fromisoformat(bad))
    except ValueError as e:
        print("ValueError:", e)
