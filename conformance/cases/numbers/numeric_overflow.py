# Where numbers overflow: float limits, int-to-float conversion, exponent errors.
import sys

print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig)
print(1.7976931348623157e308 * 1.0000001, -sys.float_info.max * 2)
print(2.0**1023 * 2 == float("inf"))
print(float(10**308), 10**400 // 10**399, (10**400) % 7)
for exp in (100, 308, 309):
    try:
        print(exp, float(10**exp))
    except OverflowError as e:
        print(exp, "OverflowError:", e)
try:
    print(2.0**10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 3 % 1000, (10**400 + 1) / 10**399)
print(1e-320, 1e-320 / 1e10, 5e-324 * 0.5, sys.float_info.min / 2**52)
print(int(1e300) % 1000, len(str(int(1e300))))
print(round(1e300), int(-1e18), float(-(10**18)))
x = 1.0
steps = 0
while x + 1.0 != x:
    x *= 2
    steps += 1
print("float precision exhausted after", steps, "doublings:", x)
try:
    print(int(float("inf")))
except OverflowError as exc:
    print("OverflowError:", exc)
