# functools in a small pricing service: caching, partial application, reduce, ordering helpers.
from functools import cache, cmp_to_key, lru_cache, partial, reduce, total_ordering, wraps
import functools

calls = []


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        return func(*args, **kwargs)
    return wrapper


@lru_cache(maxsize=3)
@logged
def price(item, qty=1):
    base = {"pen": 1.5, "book": 12.0, "bag": 30.0, "ink": 4.0}[item]
    return round(base * qty, 2)


for item in ["pen", "book", "pen", "bag", "ink", "pen", "book"]:
    price(item)
print(price.cache_info(), calls)
price.cache_clear()
print(price.cache_info(), price.__wrapped__.__name__)


@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(80), ways.cache_info().misses)

discount = partial(lambda rate, amount: round(amount * (1 - rate), 2), 0.1)
print(discount(200), [discount(x) for x in (10, 55.5)])
tax = functools.partial(round, ndigits=1)
print(tax(3.14159), tax.keywords)

orders = [("pen", 3), ("book", 1), ("bag", 2)]
total = reduce(lambda acc, o: acc + price(*o), orders, 0)
print(round(total, 2), reduce(max, [3, 9, 2]), reduce(lambda a, b: a * b, range(1, 6)))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(versions), max(versions), Version("1.0") >= Version("0.9"), Version("2.0") <= Version("1.9"))


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_length_then_alpha)))
