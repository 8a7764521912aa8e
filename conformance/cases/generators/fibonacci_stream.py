# Infinite generators: Fibonacci and primes streams, taking slices lazily without itertools.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def take(n, gen):
    out = []
    for item in gen:
        if len(out) == n:
            break
        out.append(item)
    return out


def take_while(pred, gen):
    for item in gen:
        if not pred(item):
            return
        yield item


def nth(gen, n):
    for i, item in enumerate(gen):
        if i == n:
            return item


print(take(15, fibonacci()))
print(take(12, primes()))
print(list(take_while(lambda x: x < 100, fibonacci())))
print(nth(fibonacci(), 100), nth(primes(), 500))
even_fibs = (f for f in fibonacci() if f % 2 == 0)
print(take(8, even_fibs), take(2, even_fibs))
fib = fibonacci()
print(next(fib), next(fib), next(fib), next(fib))
print(sum(take_while(lambda p: p < 1000, primes())))
twin = ((p, p + 2) for p in primes() if all((p + 2) % q for q in range(2, int((p + 2) ** 0.5) + 1)))
print(take(6, twin))
