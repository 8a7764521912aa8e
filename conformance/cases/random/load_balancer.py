"""A simulated load balancer: random routing, retries with jitter, failures."""
import random


class Server:
    def __init__(self, name, fail_rate):
        self.name = name
        self.fail_rate = fail_rate
        self.handled = 0
        self.failed = 0

    def handle(self, rng):
        if rng.random() < self.fail_rate:
            self.failed += 1
            return False
        self.handled += 1
        return True


def backoff(attempt, rng, base=0.1, cap=2.0):
    return min(cap, base * 2 ** attempt) * rng.uniform(0.5, 1.5)


rng = random.Random(31337)
servers = [Server("alpha", 0.05), Server("beta", 0.2), Server("gamma", 0.5)]
weights = [5, 3, 1]
total_wait = 0.0
dropped = 0
for request in range(300):
    for attempt in range(4):
        server = rng.choices(servers, weights=weights)[0]
        if server.handle(rng):
            break
        total_wait += backoff(attempt, rng)
    else:
        dropped += 1

for s in servers:
    print(f"{s.name:6} handled={s.handled:4} failed={s.failed:3}")
print("dropped:", dropped)
print("total wait: %.6f" % total_wait)
print("sample ids:", [rng.randrange(10**6) for _ in range(5)])
