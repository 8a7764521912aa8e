# A token-bucket rate limiter built from closures, driven by a fake clock.
def make_clock():
    now = 0.0

    def advance(seconds):
        nonlocal now
        now += seconds

    def time():
        return now

    return time, advance


def make_limiter(rate, capacity, time):
    tokens = capacity
    last = time()

    def allow(cost=1):
        nonlocal tokens, last
        current = time()
        tokens = min(capacity, tokens + (current - last) * rate)
        last = current
        if tokens >= cost:
            tokens -= cost
            return True
        return False

    def level():
        return round(tokens, 3)

    return allow, level


time, advance = make_clock()
allow, level = make_limiter(rate=2, capacity=5, time=time)
results = []
for step in range(12):
    results.append("Y" if allow() else "n")
    advance(0.25)
print("".join(results), level(), time())
advance(10)
print(allow(cost=5), level(), allow(), level())
burst = [allow() for _ in range(3)]
print(burst, level())
advance(0.5)
print(allow(), allow(), level())
