# A ~130-line "algorithms" program: sieve, quicksort, binary search, memo fib, statistics and a report.
# Copied from conformance/cases/algorithms/algorithms_suite.py, with bigger inputs for timing.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            for multiple in range(p * p, limit + 1, p):
                flags[multiple] = False
        p += 1
    return [i for i, f in enumerate(flags) if f]


def quicksort(items):
    if len(items) < 2:
        return items
    pivot, *rest = items
    smaller = [x for x in rest if x < pivot]
    larger = [x for x in rest if x >= pivot]
    return quicksort(smaller) + [pivot] + quicksort(larger)


def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


_fib_cache = {0: 0, 1: 1}


def fib(n):
    if n not in _fib_cache:
        _fib_cache[n] = fib(n - 1) + fib(n - 2)
    return _fib_cache[n]


class Stats:
    def __init__(self, values):
        if not values:
            raise ValueError("Stats needs at least one value")
        self.values = sorted(values)
        self.n = len(values)

    @property
    def mean(self):
        return sum(self.values) / self.n

    @property
    def median(self):
        mid = self.n // 2
        if self.n % 2:
            return self.values[mid]
        return (self.values[mid - 1] + self.values[mid]) / 2

    @property
    def mode(self):
        counts = {}
        for v in self.values:
            counts[v] = counts.get(v, 0) + 1
        top = max(counts.values())
        return min(v for v, c in counts.items() if c == top)

    @property
    def stdev(self):
        m = self.mean
        return (sum((v - m) ** 2 for v in self.values) / (self.n - 1)) ** 0.5

    def percentile(self, p):
        k = (self.n - 1) * p / 100
        lo = int(k)
        hi = min(lo + 1, self.n - 1)
        return self.values[lo] + (self.values[hi] - self.values[lo]) * (k - lo)

    def histogram(self, buckets):
        lo, hi = self.values[0], self.values[-1]
        width = (hi - lo) / buckets or 1
        counts = [0] * buckets
        for v in self.values:
            counts[min(int((v - lo) / width), buckets - 1)] += 1
        return [(lo + i * width, c) for i, c in enumerate(counts)]


def pseudo_random(seed, count, modulus=1000):
    state = seed
    out = []
    for _ in range(count):
        state = (1103515245 * state + 12345) % 2**31
        out.append(state % modulus)
    return out


def main():
    primes = sieve(60_000)
    print(f"primes below 60000: {len(primes)}, last five {primes[-5:]}")
    data = pseudo_random(2024, 4000)
    ordered = quicksort(data)
    print("sorted correctly:", ordered == sorted(data), "min/max:", ordered[0], ordered[-1])
    for target in (ordered[0], ordered[250], ordered[-1], 1001):
        index, steps = binary_search(ordered, target)
        print(f"search {target:>4}: index {index:>4} in {steps} steps")
    prime_hits = [p for p in primes if binary_search(ordered, p)[0] != -1]
    print("primes present in data:", len(prime_hits), prime_hits[:8])
    print("fib(90) =", fib(90), "| fib digits of fib(500):", len(str(fib(500))))
    stats = Stats(data)
    print(f"mean={stats.mean:.3f} median={stats.median} mode={stats.mode} stdev={stats.stdev:.4f}")
    print("percentiles:", [round(stats.percentile(p), 2) for p in (10, 25, 50, 75, 90)])
    for start, count in stats.histogram(5):
        print(f"  {start:7.1f} | {'#' * (count // 40)} {count}")
    try:
        Stats([])
    except ValueError as e:
        print("empty input rejected:", e)


main()
