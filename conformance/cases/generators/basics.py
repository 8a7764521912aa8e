# Generator functions, laziness, generator expressions, StopIteration.
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("done")


gen = countdown(3)
print(type(gen).__name__)
print(next(gen), next(gen))
print(list(gen))


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = fibonacci()
print([next(fib) for _ in range(10)])
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
evens = (n for n in fibonacci() if n % 2 == 0)
print(next(evens), next(evens), next(evens))


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


print(list(take(4, fibonacci())))
empty = countdown(0)
print(next(empty, "exhausted"))
next(empty)
