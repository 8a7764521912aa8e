# statistics: correlation, covariance and linear_regression for a small dataset.
from statistics import correlation, covariance, linear_regression, StatisticsError

ads = [10, 20, 30, 40, 50, 60]
sales = [25, 41, 58, 79, 96, 110]
print(covariance(ads, sales), correlation(ads, sales))
fit = linear_regression(ads, sales)
print(fit, fit.slope, fit.intercept)
for spend in (70, 100):
    print(spend, round(fit.slope * spend + fit.intercept, 3))
print(linear_regression(ads, sales, proportional=True))
print(correlation([1, 2, 3], [3, 2, 1]), covariance([1, 2, 3, 4], [1, 1, 1, 1]))
print(linear_regression([1, 2, 3], [2, 4, 6]))
for xs, ys in [([1, 2], [1]), ([1], [1]), ([2, 2, 2], [1, 2, 3])]:
    try:
        print(correlation(xs, ys))
    except StatisticsError as e:
        print("StatisticsError:", e)
try:
    linear_regression([1, 1, 1], [1, 2, 3])
except StatisticsError as e:
    print("StatisticsError:", e)
