# A timing context manager driven by a fake clock: __enter__/__exit__ order and recorded durations.
class Clock:
    def __init__(self):
        self.now = 0

    def advance(self, dt):
        self.now += dt


clock = Clock()


class Timer:
    records = []

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f"  enter {self.label} at t={clock.now}")
        self.start = clock.now
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = clock.now - self.start
        Timer.records.append((self.label, self.elapsed))
        print(f"  exit {self.label} after {self.elapsed} (error: {exc_type.__name__ if exc_type else None})")
        return False


with Timer("load") as t:
    clock.advance(120)
print(t.elapsed, t.label)
with Timer("outer"):
    clock.advance(5)
    with Timer("inner"):
        clock.advance(30)
    clock.advance(1)
try:
    with Timer("failing"):
        clock.advance(7)
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
print(Timer.records)
print(sum(e for _, e in Timer.records), max(Timer.records, key=lambda r: r[1]))
with Timer("last"):
    clock.advance(2)
    [].pop()
