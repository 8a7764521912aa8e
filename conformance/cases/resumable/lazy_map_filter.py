# map and filter are lazy: callbacks run as the consumer pulls items, so
# side effects interleave with the loop body and infinite inputs work.


def noisy(tag):
    def f(x):
        print(f"  {tag}({x})")
        return x * 10
    return f


def is_even(x):
    print(f"  even?({x})")
    return x % 2 == 0


print("map then for:")
for v in map(noisy("scale"), [1, 2, 3]):
    print("got", v)

print("filter then for:")
for v in filter(is_even, range(5)):
    print("kept", v)

print("chained:")
pipeline = map(noisy("m"), filter(is_even, range(6)))
print(next(pipeline))
print(list(pipeline))
print(list(pipeline))

print("infinite source:")
def naturals():
    n = 1
    while True:
        yield n
        n += 1


squares = map(lambda n: n * n, naturals())
for s in squares:
    if s > 30:
        break
    print(s, end=" ")
print()

print("several iterables stop at the shortest:")
print(list(map(lambda a, b: a + b, [1, 2, 3], (10, 20))))
print(list(map(pow, [2, 3, 4], [3, 2])))

print("filter(None) keeps truthy items:")
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))

print("next with default on an exhausted map:")
m = map(str, [])
print(repr(next(m, "empty")))

print("zip and enumerate over generators:")
def letters():
    for c in "abc":
        print("  yield", c)
        yield c
for i, (n, c) in enumerate(zip(range(10), letters()), start=1):
    print(i, n, c)

print("a callback raising StopIteration ends the map:")
def stop_at_3(x):
    if x == 3:
        raise StopIteration
    return x
print(list(map(stop_at_3, [1, 2, 3, 4])))
