# Heavily recursive functions with memoization: Ackermann, binomials and counting lattice paths.
import sys

sys.setrecursionlimit(5000)
memo = {}


def ackermann(m, n):
    if (m, n) in memo:
        return memo[(m, n)]
    if m == 0:
        result = n + 1
    elif n == 0:
        result = ackermann(m - 1, 1)
    else:
        result = ackermann(m - 1, ackermann(m, n - 1))
    memo[(m, n)] = result
    return result


print([[ackermann(m, n) for n in range(5)] for m in range(3)])
print(ackermann(2, 10), ackermann(3, 3), ackermann(3, 5), len(memo) > 100)
binom_cache = {}


def binom(n, k):
    if k == 0 or k == n:
        return 1
    key = (n, k)
    if key not in binom_cache:
        binom_cache[key] = binom(n - 1, k - 1) + binom(n - 1, k)
    return binom_cache[key]


print([binom(6, k) for k in range(7)], binom(60, 30), binom(100, 3))


def catalan(n, cache={0: 1}):
    if n not in cache:
        cache[n] = sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
    return cache[n]


print([catalan(n) for n in range(12)], catalan(50))
