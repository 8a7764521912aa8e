# round() with banker's rounding, ndigits, negative ndigits and the result types.
values = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]
for v in values:
    print(v, round(v), round(v, 2), round(v, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(123456, -2), round(123456, -3), round(125, -1), round(135, -1), round(-125, -1))
print(round(7), round(7, 2), type(round(7, 2)).__name__)
print(round(1e20, 2), round(1.23456789e-5, 7), round(0.1 + 0.2, 10))
prices = [19.995, 4.445, 0.045, 10.0049]
print([round(p, 2) for p in prices])
print(f"{2.675:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", "%.1f" % 0.25, "%.0f" % 0.5, "%.0f" % 1.5)
total = sum(prices)
print(total, round(total, 2), f"{total:.3f}")


def round_half_up(x, digits=0):
    factor = 10**digits
    return int(x * factor + 0.5) / factor


print([round_half_up(v, 1) for v in (0.25, 0.35, 2.45)])
print(round(float("inf"), 2), round(-0.0), round(-0.4))
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(float("inf"))
except OverflowError as exc:
    print("OverflowError:", exc)
