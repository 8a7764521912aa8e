# A reentrant lock-like manager: the same object entered several times, counting depth and owners.
class RLock:
    def __init__(self):
        self.depth = 0
        self.owner = None
        self.history = []

    def acquire(self, who):
        if self.owner not in (None, who):
            raise RuntimeError(f"{who} cannot take lock held by {self.owner}")
        self.owner = who
        self.depth += 1
        self.history.append(f"+{who}{self.depth}")
        return self

    def __enter__(self):
        return self.acquire(self.pending)

    def __exit__(self, *exc):
        self.history.append(f"-{self.owner}{self.depth}")
        self.depth -= 1
        if self.depth == 0:
            self.owner = None

    def as_user(self, who):
        self.pending = who
        return self


lock = RLock()


def recursive_task(n):
    with lock.as_user("worker"):
        if n > 0:
            recursive_task(n - 1)
        return lock.depth


print(recursive_task(3), lock.depth, lock.owner)
print(lock.history)
lock.history.clear()
with lock.as_user("a"):
    with lock.as_user("a"):
        print("depth", lock.depth)
print(lock.history, lock.owner)
with lock.as_user("a"):
    with lock.as_user("b"):
        print("never")
