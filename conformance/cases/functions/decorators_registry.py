# Decorators with arguments, *args/**kwargs forwarding, closures keeping state.
def logged(prefix="LOG"):
    def decorate(fn):
        calls = []
        def wrapper(*args, **kwargs):
            calls.append((args, tuple(sorted(kwargs.items()))))
            result = fn(*args, **kwargs)
            print(f"{prefix}: {fn.__name__}{args} {kwargs} -> {result!r}")
            return result
        wrapper.calls = calls
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate

@logged()
def add(a, b=10):
    return a + b

@logged("TRACE")
def greet(name, *, punctuation="!"):
    return f"Hello, {name}{punctuation}"

add(1)
add(2, b=3)
greet("Ada")
greet("Bob", punctuation="?")
print(add.calls, add.__name__, len(greet.calls))

def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memoize
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), len(collatz_len.cache))

class Registry:
    handlers = {}

    @classmethod
    def register(cls, kind):
        def deco(fn):
            cls.handlers[kind] = fn
            return fn
        return deco

    @staticmethod
    def dispatch(kind, *args):
        handler = Registry.handlers.get(kind)
        if handler is None:
            raise LookupError(f"no handler for {kind!r}")
        return handler(*args)

@Registry.register("sum")
def _sum(*xs):
    return sum(xs)

@Registry.register("join")
def _join(sep, *parts):
    return sep.join(parts)

print(Registry.dispatch("sum", 1, 2, 3), Registry.dispatch("join", "-", "a", "b"))
print(sorted(Registry.handlers))
Registry.dispatch("mul", 2, 3)
