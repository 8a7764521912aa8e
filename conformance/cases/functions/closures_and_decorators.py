# Decorators with and without arguments, functools.wraps, closures keeping state.
import functools


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result

    return wrapper


def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]

        return wrapper

    return decorator


@log_calls
def add(a, b):
    """Add two numbers."""
    return a + b


@repeat(3)
def shout(word):
    return word.upper()


add(2, 3)
print(add.__name__, add.__doc__, shout("hey"))


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache))


@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(50))


def class_decorator(cls):
    cls.tagged = True
    return cls


@class_decorator
class Thing:
    pass


print(Thing.tagged)
