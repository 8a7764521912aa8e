# Generators: lazy evaluation, send, yield from, generator expressions.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")

gen = countdown(3)
print("created")
print(next(gen), next(gen))
print(list(gen))
print(next(gen, "exhausted"))

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

acc = accumulator()
next(acc)
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(2))))

def inner():
    yield 1
    return "inner result"

def outer():
    result = yield from inner()
    yield result

print(list(outer()))
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["a", "abc", "ab"]))
evens = (n for n in range(10) if n % 2 == 0)
print(next(evens), list(evens))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
g = countdown(1)
next(g)
next(g)
