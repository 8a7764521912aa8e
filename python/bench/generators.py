"""Generator pipeline: chained generators, generator expressions, yield from, itertools."""

import itertools


def numbers(n):
    for i in range(n):
        yield i


def squares(xs):
    for x in xs:
        yield x * x


def only(pred, xs):
    for x in xs:
        if pred(x):
            yield x


def chunks(xs, size):
    chunk = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(xss):
    for xs in xss:
        yield from xs


def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total


pipeline = running_total(flatten(chunks(only(lambda x: x % 3 == 1, squares(numbers(20000))), 7)))
last = None
count = 0
for last in pipeline:
    count += 1
print(count, last)

evens = sum(x for x in range(30000) if x % 2 == 0)
pairs = list(itertools.islice(((a, b) for a in range(100) for b in range(a) if (a + b) % 7 == 0), 5, 12))
print(evens, pairs)

acc = itertools.accumulate(itertools.chain(range(10), range(10, 0, -1)), lambda a, b: a * 2 - b)
print(list(acc)[-3:])
groups = [(k, len(list(g))) for k, g in itertools.groupby(sorted(str(i)[-1] for i in range(5000)))]
print(groups)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(next(itertools.dropwhile(lambda x: x < 10 ** 50, fib_gen())))
gen = (x * 2 for x in range(5))
print(list(zip(gen, "abc")), list(gen))
