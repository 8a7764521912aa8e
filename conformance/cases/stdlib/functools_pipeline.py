# Composing a data pipeline with functools: partial, partialmethod, reduce, wraps, lru_cache.
import functools
import operator
from functools import partial, partialmethod, reduce, wraps


def compose(*funcs):
    return reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)


def retry(times):
    def deco(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    last = e
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts") from last
        return wrapper
    return deco


calls = {"n": 0}


@retry(3)
def flaky(x):
    """Succeeds on the third call."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"not yet ({calls['n']})")
    return x * 10


print(flaky(4), flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)
pipeline = compose(str.strip, str.lower, partial(str.replace, "-", " ")) if False else compose(str.strip, str.lower)
print(pipeline("  Hello World  "))
scale = partial(operator.mul, 3)
clamp = partial(max, 0)
print([clamp(scale(v)) for v in [-2, 0, 5]], scale.args, scale.func is operator.mul)
p2 = partial(partial(int, base=2), "1011")
print(p2(), p2.keywords, repr(partial(print, sep="-"))[:22])
print(reduce(operator.add, [[1], [2, 3], []]), reduce(lambda a, b: a | b, [{1}, {2}, {1, 3}]))
print(reduce(operator.mul, range(1, 6), 1), functools.reduce(max, "hello"))


class Cell:
    def __init__(self):
        self.state = "dead"

    def set_state(self, state):
        self.state = state
        return self

    revive = partialmethod(set_state, "alive")
    kill = partialmethod(set_state, state="dead")


c = Cell().revive()
print(c.state, c.kill().state)


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, o):
        return self.cents == o.cents

    def __lt__(self, o):
        return self.cents < o.cents


print(Money(5) > Money(3), Money(2) >= Money(2), Money(1) <= Money(0), max([Money(3), Money(9)]).cents)
key = functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b))
print(sorted(["bb", "a", "ccc", "ab"], key=key))
try:
    flaky2 = retry(2)(lambda: int("x"))
    flaky2()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
partial()
