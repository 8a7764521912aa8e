# Write a log file line by line, read it back with iteration, readline and readlines, and summarise it.
LOG = "app.log"

entries = [
    ("INFO", "server started"),
    ("WARN", "disk at 85%"),
    ("INFO", "user alice logged in"),
    ("ERROR", "database timeout"),
    ("INFO", "user bob logged in"),
    ("ERROR", "payment failed: card declined"),
]

with open(LOG, "w") as log:
    for i, (level, message) in enumerate(entries, 1):
        log.write(f"{i:03d} [{level}] {message}\n")
    print("wrote", log.tell(), "characters; closed inside with:", log.closed)
print("closed after with:", log.closed)

counts = {}
with open(LOG) as log:
    for line in log:
        level = line.split("[", 1)[1].split("]", 1)[0]
        counts[level] = counts.get(level, 0) + 1
print(counts)

with open(LOG) as log:
    first = log.readline()
    second = log.readline().rstrip("\n")
    rest = log.readlines()
print(repr(first), repr(second), len(rest))
errors = [line.strip() for line in rest if "ERROR" in line]
print(errors)

with open(LOG, "a") as log:
    log.write("007 [INFO] shutting down\n")
with open(LOG) as log:
    lines = log.read().splitlines()
print(len(lines), lines[-1])

with open(LOG) as log:
    print(log.read(3), log.read(3), repr(log.readline()))
    log.seek(0)
    print(log.readline().strip(), log.tell())
    print(next(log).strip())
