# Memoization with a closure-held cache dict: call counts, hit rates and a recursive user.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result

    wrapper.stats = stats
    wrapper.cache = cache
    return wrapper


calls = 0


def slow_fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = memoize(slow_fib)
print(fib(30), calls, fib.stats)
print(fib(31), calls, fib.stats, len(fib.cache))


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16), grid_paths.stats)


def edit_distance(a, b):
    @memoize
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)

    return d(len(a), len(b))


print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance("", "abc"))
try:
    print(fib([1, 2]))
except TypeError as exc:
    print("TypeError:", exc)
