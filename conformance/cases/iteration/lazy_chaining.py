# Chaining lazy iterators (map, filter, zip, enumerate, generators) and observing evaluation order.
log = []


def source(n):
    for i in range(n):
        log.append(f"src{i}")
        yield i


def double(x):
    log.append(f"dbl{x}")
    return x * 2


def keep(x):
    log.append(f"keep{x}")
    return x % 3 != 0


pipeline = enumerate(filter(keep, map(double, source(6))))
print("built:", log)
for idx, value in pipeline:
    print(idx, value, log[-3:])
print(log)
log.clear()
zipped = zip(map(double, source(3)), map(double, source(2)))
print(list(zipped))
print(log)
nums = iter(range(20))
squares = (n * n for n in nums)
small = filter(lambda s: s < 50, squares)
print(list(zip(small, "abc")))
print(next(nums))
print(sum(1 for _ in map(double, source(0))), log[-1])
