# A lazy log-processing pipeline of generators; tracing shows items flow one at a time.
LOG = """2024-01-01 10:00:01 INFO user=ann action=login
2024-01-01 10:00:05 ERROR user=bob action=upload size=oops
2024-01-01 10:01:00 INFO user=bob action=login
garbage line
2024-01-01 10:02:30 WARN user=ann action=upload size=2048
2024-01-01 10:03:00 INFO user=cy action=upload size=512
2024-01-01 10:04:00 INFO user=ann action=logout"""


def read_lines(text):
    for line in text.splitlines():
        print(f"  read: {line[:24]!r}")
        yield line


def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) < 4:
            continue
        date, time, level, *fields = parts
        record = {"time": time, "level": level}
        record.update(f.split("=", 1) for f in fields)
        yield record


def only(records, **criteria):
    for r in records:
        if all(r.get(k) == v for k, v in criteria.items()):
            yield r


def sizes(records):
    for r in records:
        try:
            yield int(r.get("size", "0"))
        except ValueError:
            print(f"  skipping bad size {r['size']!r}")


uploads = only(parse(read_lines(LOG)), action="upload")
print("pipeline built, nothing read yet")
first = next(uploads)
print("first upload:", first)
print("remaining sizes:", list(sizes(uploads)))
by_user = {}
for r in parse(LOG.splitlines()):
    by_user.setdefault(r["user"], []).append(r["action"])
print(by_user)
print(sum(sizes(only(parse(LOG.splitlines()), level="INFO"))))
try:
    print(next(only(parse(LOG.splitlines()), user="zed")))
except StopIteration as exc:
    print("StopIteration:", exc)
