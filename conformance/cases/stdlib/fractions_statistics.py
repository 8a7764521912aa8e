# statistics with exact Fraction data (the module's exact sums use Fraction).
import statistics
from fractions import Fraction

data = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 6), Fraction(1, 3), Fraction(7, 8)]
print(statistics.mean(data), type(statistics.mean(data)).__name__)
print(statistics.median(data), statistics.median_low(data), statistics.median_high(data))
print(statistics.variance(data), statistics.pvariance(data))
print(statistics.fmean(data), statistics.mode([Fraction(1, 2), 0.5, Fraction(2, 4), 1]))
print(statistics.mean([1, Fraction(1, 2)]), statistics.mean([0.5, Fraction(1, 2)]))
print(statistics.stdev([Fraction(1), Fraction(2), Fraction(4)]))
print(statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 3)]))
print(statistics.median([Fraction(1, 3), Fraction(2, 3)]))
print(statistics.mean([1.5, 2.5, 3.0]), statistics.variance([2, 4, 4, 4, 5, 5, 7, 9]))

scores = {"ann": [Fraction(17, 20), Fraction(9, 10)], "bob": [Fraction(3, 5), Fraction(4, 5), Fraction(1)]}
for name, marks in scores.items():
    avg = statistics.mean(marks)
    print(f"{name}: mean={avg} ({float(avg):.2%}) spread={max(marks) - min(marks)}")
