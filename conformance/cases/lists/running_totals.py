# Prefix sums, sliding windows, pairwise differences and cumulative maxima over daily sales.
sales = [120, 80, 200, 150, 90, 300, 60, 170]
prefix = [0]
for s in sales:
    prefix.append(prefix[-1] + s)
print(prefix)
print("sum of days 2..5:", prefix[6] - prefix[2], sum(sales[2:6]))
window = 3
best_start = max(range(len(sales) - window + 1), key=lambda i: prefix[i + window] - prefix[i])
print("best 3-day window starts at", best_start, sales[best_start : best_start + window])
diffs = [b - a for a, b in zip(sales, sales[1:])]
print(diffs)
running_max = []
current = float("-inf")
for s in sales:
    current = max(current, s)
    running_max.append(current)
print(running_max)
ups = sum(1 for d in diffs if d > 0)
print("up days", ups, "down days", len(diffs) - ups)
avg = [round(sum(sales[max(0, i - 2) : i + 1]) / len(sales[max(0, i - 2) : i + 1]), 1) for i in range(len(sales))]
print(avg)
share = [f"{s / prefix[-1]:.1%}" for s in sales]
print(share)
streak = longest = 0
for d in diffs:
    streak = streak + 1 if d > 0 else 0
    longest = max(longest, streak)
print("longest rising streak", longest)
