# Generator pipelines over log lines.
LOG = """2024-01-01 INFO user=ann action=login
2024-01-01 ERROR user=bob action=upload size=12
2024-01-02 INFO user=ann action=upload size=30
2024-01-02 WARN user=cid action=login
2024-01-03 ERROR user=ann action=delete"""


def read_lines(text):
    for line in text.splitlines():
        yield line.strip()


def parse(lines):
    for line in lines:
        date, level, *pairs = line.split()
        fields = dict(pair.split("=", 1) for pair in pairs)
        yield {"date": date, "level": level, **fields}


def only(level, records):
    return (r for r in records if r["level"] == level)


errors = list(only("ERROR", parse(read_lines(LOG))))
print(len(errors), [e["user"] for e in errors])
sizes = sum(int(r.get("size", 0)) for r in parse(read_lines(LOG)))
print("total size", sizes)
per_user = {}
for record in parse(read_lines(LOG)):
    per_user.setdefault(record["user"], []).append(record["action"])
print(per_user)
it = iter(parse(read_lines("bad line")))
print(next(it))
