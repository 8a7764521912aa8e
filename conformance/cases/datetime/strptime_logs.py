# Parsing log timestamps with strptime: several formats, failures, and elapsed time.
from datetime import datetime

lines = [
    "2024-03-05 14:07:09,123 INFO service started",
    "2024-03-05 14:07:10,004 WARN cache miss",
    "2024-03-05 14:09:59,999 ERROR timeout",
    "05/Mar/2024:14:10:02 +0100 GET /index.html",
    "Tue Mar  5 14:11:00 2024 cron ran",
    "2024-13-05 00:00:00,000 INFO bad month",
    "2024-03-05T14:12:00.5Z healthcheck",
]

formats = ["%Y-%m-%d %H:%M:%S,%f", "%d/%b/%Y:%H:%M:%S %z", "%a %b %d %H:%M:%S %Y", "%Y-%m-%dT%H:%M:%S.%f%z"]


def parse(line):
    errors = []
    for fmt in formats:
        width = len(fmt.split()) if fmt != "%a %b %d %H:%M:%S %Y" else 5
        stamp = " ".join(line.split()[:width]) if "%z" not in fmt or " " in fmt else line.split()[0]
        try:
            return datetime.strptime(stamp, fmt), None
        except ValueError as e:
            errors.append(str(e))
    return None, errors[0]


previous = None
for line in lines:
    when, error = parse(line)
    if when is None:
        print("unparsed:", error)
        continue
    gap = "" if previous is None or when.tzinfo or previous.tzinfo else f" (+{when - previous})"
    print(repr(when), when.isoformat(timespec="milliseconds"), gap)
    previous = when

for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("12:30 pm", "%I:%M %p"), ("2024 060", "%Y %j"),
                  ("2024-W10-2", "%G-W%V-%u"), ("31/12/99", "%d/%m/%y"), ("1/2/69", "%m/%d/%y"),
                  ("2024-03-05 extra", "%Y-%m-%d"), ("March 5, 2024", "%B %d, %Y"), ("5", "%Q")]:
    try:
        print(text, "->", datetime.strptime(text, fmt))
    except ValueError as e:
        print(text, "->", "ValueError:", e)
