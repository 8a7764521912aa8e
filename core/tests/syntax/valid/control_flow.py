"""Statements that steer: if, loops, try, with, raise, assert, del."""
import sys

for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    elif line.startswith("#"):
        pass
    elif line == "quit":
        break
    else:
        print(line)
else:
    print("done")

n = 10
while n > 0:
    n -= 1
    if n % 2:
        continue
else:
    n = None

try:
    value = int("42")
except (ValueError, TypeError) as exc:
    raise RuntimeError("bad value") from exc
except KeyError:
    raise
except Exception:
    value = 0
else:
    value += 1
finally:
    print("cleanup")

try:
    pass
except* OSError as group:
    print(group.exceptions)

with open("a.txt") as a, open("b.txt", "w") as b:
    b.write(a.read())

with (
    open("c.txt") as c,
    open("d.txt") as d,
):
    pass

assert value > 0, "value must be positive"
data = [1, 2, 3]
del data[0], data[-1:]
if value: print(value); value = 0
