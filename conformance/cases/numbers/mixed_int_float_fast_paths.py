# Arithmetic and comparisons mixing ints and floats, at the edges where a
# naive conversion would be wrong: exactness near 2**53, NaN, signed zeros,
# bools, overflow into big ints.
big = 2**53
print(big + 1 == float(big), big + 1 > float(big), float(big) < big + 1)
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, 1 < nan, nan >= nan)
print(-0.0 == 0, 0 == -0.0, -0.0 < 0, 0.0 <= -0.0)
print(True + 1.5, 2 * 0.5, 3 - 0.25, 1.5 * 4, 10 - 2.5)
print(2**62 + 2**62, -(2**63) - 1, 3037000500 * 3037000500)
print(7 < 7.5 < 8, 1e308 * 10, -1e308 * 10)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9)

def accumulate(n):
    total = 0
    step = 0.5
    for i in range(n):
        if i % 3 == 0:
            total += i * step
        elif i < n / 2:
            total -= step
        else:
            total = total + i
    return total

print(accumulate(1000), accumulate(7))
values = [3, 1.5, -2, 2**70, -0.0, 0]
print(sorted(values), max(values), min(values))
print([a < b for a, b in zip(values, values[1:])])
