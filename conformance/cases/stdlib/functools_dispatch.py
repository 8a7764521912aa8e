# Shape rendering with singledispatch, total_ordering, partial, cached_property and reduce.
import functools
import math
from functools import singledispatch, total_ordering, partial, cached_property, reduce, wraps


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return round(math.pi * self.r ** 2, 3)


@singledispatch
def describe(obj):
    return f"object of type {type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)


@describe.register(Circle)
def _(obj):
    return f"circle r={obj.r} area={obj.area}"


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged
def power(base, exp):
    """Raise base to exp."""
    return base ** exp


versions = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10"), Version("0.9")]
print(sorted(versions))
print(max(versions), Version("1.2.3") >= Version("1.2.3"), Version("2.0") <= Version("1.9"))
c = Circle(2)
print(c.area, c.area, c.computed, "area" in vars(c))
del c.area
print(c.area, c.computed)
print(describe(3), "|", describe([1, "x", Circle(1)]), "|", describe(2.5))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
square = partial(power, exp=2)
print(square(7), square.func.__name__, square.keywords, power.__doc__, power.__wrapped__(2, 5))
print(reduce(lambda acc, v: acc * v, range(1, 8)), reduce(max, [3, 9, 2], 0))
print(reduce(lambda a, b: a + b, [], "empty"))
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
reduce(lambda a, b: a + b, [])
