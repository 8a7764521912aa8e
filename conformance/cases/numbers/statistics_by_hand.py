# Mean, median, variance and standard deviation computed by hand over sample data.
data = [2.5, 3.7, 1.2, 9.8, 4.4, 4.4, 6.1, 3.3, 7.0, 5.5]


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    if n % 2:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2


def variance(xs, sample=True):
    m = mean(xs)
    ss = sum((x - m) ** 2 for x in xs)
    return ss / (len(xs) - 1 if sample else len(xs))


def stdev(xs):
    return variance(xs) ** 0.5


def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


print("mean", mean(data))
print("median", median(data), median(data[:-1]))
print("variance", variance(data), variance(data, sample=False))
print("stdev", stdev(data), round(stdev(data), 4))
print("mode", mode(data))
lo, hi = min(data), max(data)
normalized = [(x - lo) / (hi - lo) for x in data]
print([round(v, 3) for v in normalized])
m, sd = mean(data), stdev(data)
zscores = [(x - m) / sd for x in data]
print([f"{z:+.2f}" for z in zscores])
print(sum(zscores), abs(sum(zscores)) < 1e-12)
buckets = {}
for x in data:
    buckets.setdefault(int(x // 2) * 2, []).append(x)
for key in sorted(buckets):
    print(f"[{key}, {key + 2}): {'#' * len(buckets[key])} {buckets[key]}")
print(mean([]))
