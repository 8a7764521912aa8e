# True division and logarithms of huge ints are computed exactly (correctly rounded), without
# converting the operands to float first; only a quotient beyond the float range overflows.
import math

factorial_50 = math.factorial(50)
factorial_48 = math.factorial(48)
print(factorial_50 / factorial_48, factorial_48 / factorial_50, 10**400 / 10**399, (10**400 + 1) / 10**399)
print(2**1100 / 3**600, -(7**500) / 7**499, 1 / 10**400, -1 / 10**400, 0 / -(10**400))
print(2**1074 / 2**2148, 3 / 2**1075, (2**53 + 1) / 1, (2**64 - 1) / 2**64, 10**30 / 7)
mean = sum(range(1, 10**15, 10**12)) / len(range(1, 10**15, 10**12))
print(mean, 10**20 // 3 / 10**19, (10**25 + 1) / (10**25 - 1))
print(math.log(10**400), math.log10(10**400), math.log2(2**2000), math.log(2**3000, 2), math.log(10**500, 10**100))
print(math.log(1), math.log10(1000), math.log2(1024.0), math.log(math.e**2))
digits = [len(str(2**n)) for n in (100, 1000, 5000)]
estimates = [math.floor(math.log10(2**n)) + 1 for n in (100, 1000, 5000)]
print(digits, estimates, digits == estimates)
for attempt in [lambda: 10**400 / 3, lambda: float(10**400), lambda: 10**400 * 1.0, lambda: math.sqrt(10**400),
                lambda: math.log(0), lambda: math.log(-(10**400)), lambda: 1 / 0, lambda: 10**400 / 0]:
    try:
        print(attempt())
    except (OverflowError, ValueError, ZeroDivisionError) as exc:
        print(type(exc).__name__ + ":", exc)
print(round(10**20 + 5, -1), round(10**20 + 15, -1), round(-(10**30) - 5 * 10**9, -10), round(2**70, 5), round(10**25, -100))
print(2**2000 / 3)
