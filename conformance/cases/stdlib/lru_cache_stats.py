# Memoising an expensive lookup with lru_cache and cache, and reading the statistics.
from functools import lru_cache, cache
import functools

calls = []


@lru_cache(maxsize=3)
def price_of(sku):
    calls.append(sku)
    return len(sku) * 10


for sku in ["ab", "abc", "ab", "x", "abcd", "ab", "abc"]:
    price_of(sku)
print(calls, price_of.cache_info())
price_of.cache_clear()
print(price_of.cache_info(), price_of.__name__, price_of.__wrapped__("zz"))


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().hits > 0, ways.cache_parameters())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


@lru_cache
def echo(*args, **kwargs):
    calls.append((args, tuple(kwargs.items())))
    return len(args) + len(kwargs)


calls.clear()
print(echo(1, 2), echo(1, 2), echo(1, b=2), echo(b=2, a=1), echo(a=1, b=2))
print(len(calls), echo.cache_info())


class Repo:
    def __init__(self):
        self.hits = 0

    @functools.lru_cache(maxsize=16)
    def lookup(self, key):
        self.hits += 1
        return key.upper()


r = Repo()
print(r.lookup("a"), r.lookup("a"), r.hits, Repo.lookup.cache_info().misses)
try:
    echo([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError", e)
print(functools.lru_cache(maxsize=0)(abs)(-3))
