# Fibonacci five ways: naive recursion with call counting, dict memo, bottom-up, matrix power and fast doubling.
calls = 0


def fib_naive(n):
    global calls
    calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


def fib_memo(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_matrix(n):
    def mul(x, y):
        return [
            [x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
            [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]],
        ]

    result, base = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[0][1]


def fib_doubling(n):
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


print(fib_naive(20), calls)
print([fib_memo(n) for n in range(20)])
print(fib_memo(300), fib_iter(300) == fib_memo(300), fib_matrix(300) == fib_iter(300), fib_doubling(300)[0] == fib_iter(300))
print(len(str(fib_iter(10000))), fib_doubling(10000)[0] % 10**10, fib_matrix(1000) % 1000000007)
print(sum(f for f in (fib_iter(n) for n in range(60)) if f % 2 == 0 and f < 4_000_000))
