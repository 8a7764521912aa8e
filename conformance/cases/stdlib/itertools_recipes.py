# Itertools recipes an LLM reaches for: batching, windows, running totals, combinatorics.
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)
import operator


def batched(iterable, n):
    it = iter(iterable)
    while chunk := tuple(islice(it, n)):
        yield chunk


def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)


def roundrobin(*iterables):
    sentinel = object()
    for group in zip_longest(*iterables, fillvalue=sentinel):
        yield from (x for x in group if x is not sentinel)


def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


sales = [120, 80, 200, 50, 310, 90, 40]
print(list(batched(range(10), 4)))
print(list(sliding_window("abcde", 3)))
print(list(pairwise([1, 4, 9, 16])))
print(list(accumulate(sales)), list(accumulate(sales, max)), list(accumulate(sales, initial=1000))[:3])
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(combinations("ABCD", 2)))
print(len(list(permutations(range(5), 3))), list(permutations("xyz"))[:3])
print(list(combinations_with_replacement([1, 2, 3], 2)))
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(takewhile(lambda x: x < 100, sales)), list(dropwhile(lambda x: x < 100, sales)))
print(list(islice(cycle("RGB"), 7)), list(repeat("-", 3)), list(zip(count(10, 5), "abc")))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(chain.from_iterable(["ab", "cd"])), list(chain([1], (2, 3), {4: 0})))
words = sorted("apple avocado banana blueberry cherry cranberry date".split())
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(list(zip_longest("ab", [1, 2, 3], fillvalue="?")))
print(list(islice(range(100), 5, 20, 4)), list(islice("abc", None)))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(islice(count(), -1)))
