# statistics: geometric and harmonic means for growth rates and speeds; weighted fmean.
from statistics import geometric_mean, harmonic_mean, fmean, mean

growth = [1.10, 1.25, 0.95, 1.05]
g = geometric_mean(growth)
print(g, round((g - 1) * 100, 4))
print(geometric_mean([54, 24, 36]), geometric_mean([2, 8]), geometric_mean([1.0]))
print(harmonic_mean([60, 40]), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]))
print(harmonic_mean([1, 0, 2]), harmonic_mean([7]))
prices = [10.0, 12.5, 9.75]
qty = [3, 1, 6]
print(fmean(prices, weights=qty), fmean([1, 2, 3]), fmean(iter([4, 5])))
print(mean([1, 2, 3, 4]), mean([1.5, 2, 2.5]), mean([True, True, False]))
for bad in ([], [-1, 2]):
    try:
        print(harmonic_mean(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    geometric_mean([1, -2])
except Exception as e:
    print(type(e).__name__, e)
try:
    fmean([])
except Exception as e:
    print(type(e).__name__, e)
try:
    fmean([1, 2], weights=[1])
except Exception as e:
    print(type(e).__name__, e)
