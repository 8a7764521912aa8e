# Parsing timestamps from several log formats with strptime.
from datetime import datetime, timezone

lines = [
    ("2024-03-09 14:30:05", "%Y-%m-%d %H:%M:%S"),
    ("09/Mar/2024:14:30:05 +0100", "%d/%b/%Y:%H:%M:%S %z"),
    ("Sat Mar  9 14:30:05 2024", "%a %b %d %H:%M:%S %Y"),
    ("Saturday, 9 March 2024 2:30PM", "%A, %d %B %Y %I:%M%p"),
    ("2024-069T14:30", "%Y-%jT%H:%M"),
    ("2024-03-09T14:30:05.123Z", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024-03-09T14:30:05.5-05:30", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("240309 1430", "%y%m%d %H%M"),
    ("  2024-3-9   7:5  ", " %Y-%m-%d %H:%M "),
    ("MARCH 9 2024 utc", "%B %d %Y %Z"),
    ("2024 10 1", "%Y %W %w"),
    ("2024 10 1", "%G %V %u"),
    ("12:00 am", "%I:%M %p"),
    ("10%", "%d%%"),
]
for text, fmt in lines:
    dt = datetime.strptime(text, fmt)
    print(repr(text), "->", dt.isoformat(), dt.tzinfo, dt.strftime("%j %a"))

for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("2024-13-01", "%Y-%m-%d"), ("2024-03-09 extra", "%Y-%m-%d"),
                  ("24:00", "%H:%M"), ("2024-03-09", "%Y-%m-%d %H"), ("9 Foo 2024", "%d %b %Y"),
                  ("2024", "%Y %"), ("2024", "%Q"), ("x", "%Y-%m-%d")]:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as exc:
        print("ValueError:", exc)

stamps = ["2024-01-%02d %02d:%02d" % (d, h, m) for d in range(1, 4) for h in (0, 12, 23) for m in (0, 59)]
parsed = [datetime.strptime(s, "%Y-%m-%d %H:%M") for s in stamps]
print(len(parsed), min(parsed), max(parsed), max(parsed) - min(parsed))
print(sorted(set(p.date() for p in parsed)))
