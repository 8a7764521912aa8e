# statistics.quantiles: response-time percentiles with both methods.
from statistics import quantiles, median

latencies_ms = [12, 15, 11, 40, 13, 14, 250, 16, 12, 18, 22, 13, 15, 17, 95, 14]
p = quantiles(latencies_ms, n=100)
print(len(p), p[49], p[89], p[94], p[98])
print(quantiles(latencies_ms, n=4), quantiles(latencies_ms, n=4, method="inclusive"))
print(quantiles(latencies_ms, n=10, method="inclusive"))
print(quantiles([1, 2], n=3), quantiles([5.5, 1.25, 3.0], n=5))
print(quantiles(range(1, 11), n=2), median(latencies_ms))
deciles = quantiles(sorted(latencies_ms), n=10)
for i, d in enumerate(deciles, 1):
    bucket = [x for x in latencies_ms if x <= d]
    print(f"p{i * 10}: {d:8.3f} ({len(bucket)} samples)")
for args in [([1], 4), ([1, 2, 3], 0)]:
    try:
        quantiles(args[0], n=args[1])
    except Exception as e:
        print(type(e).__name__, e)
try:
    quantiles([1, 2, 3], method="weird")
except ValueError as e:
    print("ValueError:", e)
