# A generator pipeline with a with-block and try/finally inside, consumed in
# chunks (the shapes a paused and resumed run must keep).
class Tracker:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self
    def __exit__(self, kind, value, tb):
        self.log.append(f"close {self.name} {kind.__name__ if kind else None}")
        return False

def batches(items, size, log):
    with Tracker("batches", log):
        batch = []
        try:
            for item in items:
                batch.append(item)
                if len(batch) == size:
                    yield batch
                    batch = []
            if batch:
                yield batch
        finally:
            log.append(f"finally {len(batch)} left")

def totals(source):
    running = 0
    for batch in source:
        running += sum(batch)
        yield running, len(batch)

log = []
stream = totals(batches(range(1, 24), 5, log))
print(next(stream), next(stream))
print(log)
rest = list(stream)
print(rest)
print(log)

log2 = []
gen = batches(range(10), 3, log2)
print(next(gen))
gen.close()
print(log2)
