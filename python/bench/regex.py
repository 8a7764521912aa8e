"""Regular expressions: findall, sub with groups and callbacks, split, match on a log text."""

import re

lines = []
for i in range(1500):
    lines.append(
        "2024-%02d-%02d 12:%02d:%02d [%s] user=%s ip=10.%d.%d.%d took %dms"
        % (i % 12 + 1, i % 28 + 1, i % 60, (i * 7) % 60,
           ("INFO", "WARN", "ERROR")[i % 3], "u%03d" % (i % 50),
           i % 256, (i * 3) % 256, (i * 7) % 256, (i * 13) % 997)
    )
text = "\n".join(lines)

line_re = re.compile(r"^(\d{4})-(\d\d)-(\d\d) [\d:]+ \[(\w+)\] user=(\w+) ip=([\d.]+) took (\d+)ms$", re.M)
levels = {}
slow = 0
for m in line_re.finditer(text):
    levels[m.group(4)] = levels.get(m.group(4), 0) + 1
    if int(m.group(7)) > 500:
        slow += 1
print(sorted(levels.items()), slow)

ips = re.findall(r"ip=(\d+)\.(\d+)\.(\d+)\.(\d+)", text)
print(len(ips), ips[:3])

swapped = re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", text)
print(swapped.splitlines()[5])

doubled = re.sub(r"took (\d+)ms", lambda m: "took %ds" % (int(m.group(1)) // 100), text)
print(doubled.splitlines()[7])

words = re.split(r"[\s=\[\]]+", lines[3])
print(words)

users = set()
for line in lines:
    m = re.search(r"user=(?P<user>u0[0-4]\d)", line)
    if m:
        users.add(m.group("user"))
print(len(users), bool(re.fullmatch(r"[a-z]+\d*", "abc123")), re.match(r"x", "abc"))
