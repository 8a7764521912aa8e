# Least-squares linear regression, correlation, residuals and predictions on small data sets.
def mean(xs):
    return sum(xs) / len(xs)


def fit(xs, ys):
    if len(xs) != len(ys):
        raise ValueError(f"length mismatch: {len(xs)} vs {len(ys)}")
    mx, my = mean(xs), mean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    slope = sxy / sxx
    return slope, my - slope * mx


def correlation(xs, ys):
    mx, my = mean(xs), mean(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    den = (sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys)) ** 0.5
    return num / den


hours = [1, 2, 3, 4, 5, 6, 7, 8]
scores = [52, 55, 61, 64, 70, 74, 79, 83]
slope, intercept = fit(hours, scores)
print(f"score = {slope:.4f} * hours + {intercept:.4f}")
print(round(slope, 6), round(intercept, 6), round(correlation(hours, scores), 6))
residuals = [round(y - (slope * x + intercept), 3) for x, y in zip(hours, scores)]
print(residuals, round(sum(residuals), 9))
for h in (0, 10, 4.5):
    print(h, round(slope * h + intercept, 2))
ss_res = sum((y - (slope * x + intercept)) ** 2 for x, y in zip(hours, scores))
ss_tot = sum((y - mean(scores)) ** 2 for y in scores)
print("r^2 =", round(1 - ss_res / ss_tot, 6))
print(fit([0, 1, 2], [1, 3, 5]), fit([1, 2, 3, 4], [10, 8, 6, 4]))
print(correlation([1, 2, 3], [3, 2, 1]), correlation([1, 2, 3, 4], [1, 3, 2, 4]))
try:
    print(fit([2, 2, 2], [1, 2, 3]))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
