# statistics.NormalDist: modelling heights, probabilities, arithmetic on distributions.
from statistics import NormalDist

heights = NormalDist(mu=170, sigma=8)
print(heights, heights.mean, heights.median, heights.mode, heights.stdev, heights.variance)
print(round(heights.cdf(180), 10), round(heights.cdf(170), 10))
print(round(heights.pdf(170), 12), heights.inv_cdf(0.5), round(heights.inv_cdf(0.975), 9))
print([round(q, 6) for q in heights.quantiles(4)])
print(heights.zscore(186), round(heights.overlap(NormalDist(175, 8)), 9))
women = NormalDist(165, 7)
diff = heights - women
print(diff, heights + 5, heights * 2, heights / 2, -heights)
print(NormalDist(1, 2) == NormalDist(1, 2), NormalDist() == NormalDist(0, 1))
sample = [2.5, 3.1, 2.1, 2.4, 2.7, 3.5]
fitted = NormalDist.from_samples(sample)
print(fitted.mean, fitted.stdev)
print(round(NormalDist().cdf(1.96), 9), round(NormalDist().inv_cdf(0.95), 12))
try:
    NormalDist(0, -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    NormalDist().inv_cdf(1.5)
except Exception as e:
    print(type(e).__name__, e)
