"""Functions: parameters of every kind, decorators, lambdas, generators, coroutines."""
import functools


def greet(name, /, greeting="Hello", *args, punctuation: str = "!", **extra) -> str:
    return f"{greeting}, {name}{punctuation}"


def no_args():
    pass


def kw_only(*, key, default=None):
    return key, default


@functools.lru_cache(maxsize=128)
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def squares(limit):
    for i in range(limit):
        yield i * i
    yield from range(3)
    received = yield
    return received


async def fetch_all(session, urls):
    results = []
    async with session.begin() as transaction:
        async for url in transaction.iter(urls):
            results.append(await session.get(url))
    return results


TOTAL = 0


def add_to_total(value):
    global TOTAL
    TOTAL += value


key_fn = lambda item: item[1]
adder = lambda a, b=2, *rest, c, **kw: a + b
pairs = sorted({"b": 2, "a": 1}.items(), key=lambda kv: (-kv[1], kv[0]))
