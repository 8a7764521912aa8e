# statistics: float sensor readings, variance with a known mean, outlier detection.
import statistics

readings = [20.1, 20.4, 19.8, 20.0, 35.2, 20.3, 19.9, 20.2, 20.1, 19.7]
mu = statistics.mean(readings)
sigma = statistics.stdev(readings)
print(mu, sigma, statistics.variance(readings), statistics.pvariance(readings))
print(statistics.variance(readings, mu), statistics.pvariance(readings, mu))
outliers = [r for r in readings if abs(r - mu) > 2 * sigma]
print("outliers:", outliers)
clean = [r for r in readings if r not in outliers]
print(statistics.mean(clean), statistics.median(clean), statistics.stdev(clean))
print(statistics.fmean(clean), statistics.pstdev(clean))
print(statistics.median([1.5, 2.5]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.median_grouped([52, 52, 53, 54], interval=2))
print(statistics.mean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3, statistics.fmean([0.1, 0.2, 0.3]))
print(statistics.variance([1e9 + 1, 1e9 + 2, 1e9 + 3]), statistics.stdev([0.5, 0.5, 0.5]))
print(statistics.mean(range(1, 1001)), statistics.variance(range(10)), statistics.pstdev(range(10)))
