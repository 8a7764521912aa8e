# Integer basics for a stats counter: +, -, *, //, %, **, comparisons, abs, min/max, bool ints.
scores = [12, 7, -3, 40, 15, 0, 22]
total = 0
for s in scores:
    total += s
print("total", total, "count", len(scores), "mean floor", total // len(scores), "rem", total % len(scores))
print("true mean", total / len(scores))
print("max", max(scores), "min", min(scores), "range", max(scores) - min(scores))
print("abs", [abs(s) for s in scores])
print("squares", [s**2 for s in scores])
print("cube sum", sum(s**3 for s in scores))
evens = [s for s in scores if s % 2 == 0]
print("evens", evens, "odd count", len(scores) - len(evens))
print(7 * -3, -7 * -3, 0 * 100, 2**0, 0**0, (-1) ** 7)
print(5 == 5.0, 5 != 5.5, 3 != 4, 1 < 2.5, -1 > -2)
print(True + 2, False * 5, sum([True, True, False, True]))
print(int.__name__, type(10**20).__name__, isinstance(True, int))
print(1_000_000 + 0x10 + 0o10 + 0b10, 0xFF == 255)
print(max(3, 9, 2), min(3, 9, 2), max([1, 5, 3], default=0), max([], default=-1))
print(sorted(scores), sorted(scores, key=abs), sorted(scores, reverse=True)[:3])
n = 1
for i in range(1, 11):
    n *= i
    if i % 3 == 0:
        print(f"{i}! = {n}")
print(-(2**31), 2**31 - 1, 2**63, -(2**63) - 1)
print(10 - 3 - 2, 2 * 3 + 4, 2 * (3 + 4), 20 // 3 * 3, 2**2**3, -3**2)
