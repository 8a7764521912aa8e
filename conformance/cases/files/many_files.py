# Many files opened and closed in turn: a small log rotation with sizes and totals.
import os

os.mkdir("logs")
for day in range(1, 31):
    with open(f"logs/day{day:02}.log", "w") as f:
        for hour in range(0, 24, 6):
            f.write(f"{day:02}T{hour:02} requests={day * 10 + hour}\n")

with open("logs/day01.log", "a") as f:
    f.write("01T23 requests=999\n")

total = 0
largest = ("", 0)
for name in sorted(os.listdir("logs")):
    path = os.path.join("logs", name)
    size = os.stat(path).st_size
    with open(path) as f:
        requests = sum(int(line.split("=")[1]) for line in f)
    total += requests
    if size > largest[1]:
        largest = (name, size)
print(len(os.listdir("logs")), total, largest)

# Rotate: keep the last week, archive the rest into one file.
archived = 0
with open("archive.log", "w") as archive:
    for name in sorted(os.listdir("logs"))[:-7]:
        path = os.path.join("logs", name)
        with open(path) as f:
            archive.write(f.read())
        os.remove(path)
        archived += 1
print(archived, sorted(os.listdir("logs"))[:3], os.path.getsize("archive.log"))
with open("archive.log") as f:
    lines = f.readlines()
print(len(lines), lines[0].strip(), lines[-1].strip())
