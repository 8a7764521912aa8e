# statistics: exact results for ints and mixed int/float data, large values.
import statistics as st

print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2]), type(st.mean([2, 4])).__name__)
print(st.mean([10**20, 10**20 + 2]), st.mean([10**18, 1]), st.variance([10**15, 10**15 + 4]))
print(st.mean([1, 2.5]), st.variance([1, 2, 3.5]), st.pvariance([0, 1, 1, 1]))
print(st.mean([1e308, 1e308]), st.fmean([1e300, 1e300]), st.mean([1e-300, 3e-300]))
print(st.stdev([1, 1, 1, 1]), st.pstdev([10**9, 10**9 + 1]), st.variance([2, 2.0]))
print(st.median([1, 2, 3, 4]), st.median([10**30, 1, 2]), st.mean([0.1] * 10))
print(st.variance([0.1, 0.2, 0.3, 0.4]), st.stdev([1.5, 2.5, 3.5]))
print(st.mean([True, 2, 3.0]), st.pvariance([1, 3, 5, 7], mu=4))
print(st.harmonic_mean([1, 2, 4]), st.harmonic_mean([0.5, 0.25]), st.geometric_mean([4, 9]))
vals = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(st.mean(vals), st.median(vals), st.mode(vals), st.variance(vals), st.pstdev(vals))
