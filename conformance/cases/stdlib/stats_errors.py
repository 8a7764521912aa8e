# statistics: argument checking and error messages.
import statistics

checks = [
    ("mean", lambda: statistics.mean([])),
    ("fmean", lambda: statistics.fmean([])),
    ("variance", lambda: statistics.variance([5])),
    ("stdev", lambda: statistics.stdev([])),
    ("pvariance", lambda: statistics.pvariance([])),
    ("pstdev", lambda: statistics.pstdev([])),
    ("median", lambda: statistics.median([])),
    ("median_grouped", lambda: statistics.median_grouped([])),
    ("geometric", lambda: statistics.geometric_mean([])),
    ("quantiles", lambda: statistics.quantiles([1], n=2)),
    ("mean-str", lambda: statistics.mean(["a", "b"])),
    ("covariance", lambda: statistics.covariance([1, 2], [1, 2, 3])),
]
for name, fn in checks:
    try:
        print(name, fn())
    except (statistics.StatisticsError, TypeError) as e:
        print(name, type(e).__name__, e)
print(statistics.variance([1, 2, 3, 4, 5]), statistics.pvariance([1.0, 2.0, 4.0]))
print(statistics.stdev([1, 2, 3, 4, 5]), statistics.pstdev([1, 2]))
