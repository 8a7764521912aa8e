# Algorithms: sieve, quicksort, binary search, memo fib, matrix, recursion.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]

def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])

def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

primes = sieve(100)
print(primes[-5:], len(primes))
data = [38, 27, 43, 3, 9, 82, 10, 3]
s = quicksort(data)
print(s, bsearch(s, 43), bsearch(s, 5))
print(fib(90), [fib(i) for i in range(10)])
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(len(hanoi(10)), hanoi(2))
stats = {"mean": sum(data) / len(data), "median": sorted(data)[len(data) // 2]}
var = sum((x - stats["mean"]) ** 2 for x in data) / len(data)
print(stats, round(var, 4), round(var ** 0.5, 4))
print(2 ** 200 % 1000007, pow(3, 1000, 10 ** 9 + 7), divmod(2 ** 70, 12345))
