# A memoizing decorator with keyword support, cache inspection and clearing, used on two functions.
def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
            wrapper.misses += 1
        else:
            wrapper.hits += 1
        return cache[key]

    def clear():
        cache.clear()
        wrapper.hits = wrapper.misses = 0

    wrapper.hits = wrapper.misses = 0
    wrapper.clear = clear
    wrapper.cache_size = lambda: len(cache)
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def power(base, exp=2):
    print(f"  computing {base}**{exp}")
    return base**exp


print(fib(80), fib.hits, fib.misses, fib.cache_size())
print(power(3), power(3), power(3, exp=3), power(exp=3, base=3), power(2, 10))
print(power.hits, power.misses)
fib.clear()
print(fib.cache_size(), fib(10), fib.misses)


@memoize
def coin_ways(amount, coins=(25, 10, 5, 1)):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


print(coin_ways(100), coin_ways(250), coin_ways.cache_size())
try:
    print(power([2]))
except TypeError as exc:
    print("TypeError:", exc)
