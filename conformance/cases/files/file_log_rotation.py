"""Append-only logs with rotation by size, using open modes and os functions."""
import os

LOG = "app.log"
MAX = 120


def rotate():
    for i in range(3, 0, -1):
        src = f"{LOG}.{i}"
        if os.path.exists(src):
            if i == 3:
                os.remove(src)
            else:
                os.replace(src, f"{LOG}.{i + 1}")
    os.replace(LOG, f"{LOG}.1")


def log(message):
    if os.path.exists(LOG) and os.path.getsize(LOG) + len(message) + 1 > MAX:
        rotate()
    with open(LOG, "a", encoding="utf-8") as f:
        f.write(message + "\n")


for i in range(25):
    log(f"event {i:02d}: user={i % 4} action={'login' if i % 3 else 'logout'}")

for name in sorted(n for n in os.listdir(".") if n.startswith(LOG)):
    with open(name) as f:
        lines = f.readlines()
    print(name, len(lines), lines[0].strip(), "...", lines[-1].strip())

with open(LOG, "r+") as f:
    first = f.readline()
    print("pos after first line:", f.tell(), repr(first))
    f.seek(0, 2)
    f.write("tail marker\n")
with open(LOG) as f:
    print(f.read().splitlines()[-1])
with open(LOG, "rb") as f:
    head = f.read(10)
    print(head, type(head).__name__)
