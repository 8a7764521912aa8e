# Regex over text: per-line matching with groups, findall, finditer with
# groupdict, sub with templates and callables, split, case-insensitive
# search, backreferences, and module-level calls that hit the pattern cache.
import re

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
LINES = []
for i in range(3000):
    w = WORDS[i % len(WORDS)]
    LINES.append(f"2024-03-{i % 28 + 1:02d} 12:{i % 60:02d}:07 host{i % 7} {w.upper() if i % 5 == 0 else w} "
                 f"id={i} took {i * 37 % 1000}ms user{i % 13}@example.com")
TEXT = "\n".join(LINES)

LINE = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<host>\w+) (?P<word>\w+) id=(?P<id>\d+) took (?P<ms>\d+)ms")
total = 0
hosts = {}
for line in LINES:
    m = LINE.match(line)
    if m:
        total += int(m.group("ms"))
        h = m["host"]
        hosts[h] = hosts.get(h, 0) + 1
print(total, sorted(hosts.items())[:3])

print(len(re.findall(r"\b\w+@\w+\.com\b", TEXT)))
print(len(re.findall(r"\d+", TEXT)))
slow = [m.groupdict() for m in re.finditer(r"id=(?P<id>\d+) took (?P<ms>9\d\d)ms", TEXT)]
print(len(slow), slow[:1])
print(len(re.sub(r"user(\d+)@example\.com", r"<\1>", TEXT)))
print(len(re.sub(r"\d+ms", lambda m: str(int(m.group()[:-2]) // 10) + "cs", TEXT[:20000])))
print(len(re.split(r"\s+", TEXT)))
print(len(re.findall(r"(?i)\bALPHA\b", TEXT)))
print(len(re.findall(r"\b(\w)\w*\1\b", TEXT[:30000])))
count = 0
for line in LINES:
    if re.search(r"took [89]\d\dms", line):
        count += 1
    if re.match(r"\d{4}-03-1\d", line):
        count += 1
print(count)
words = {}
for w in re.findall(r"[a-z]+", TEXT):
    words[w] = words.get(w, 0) + 1
print(sorted(words.items(), key=lambda kv: -kv[1])[:3])
