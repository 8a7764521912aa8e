# yield from: delegating iteration, forwarding send() to a subgenerator, and collecting return values.
def read_block(name, size):
    total = 0
    for i in range(size):
        got = yield f"{name}[{i}]"
        if got is not None:
            total += got
    return f"{name} summed {total}"


def controller():
    results = []
    for name, size in [("a", 2), ("b", 3)]:
        result = yield from read_block(name, size)
        results.append(result)
    tail = yield from ["x", "y"]
    results.append(tail)
    return results


gen = controller()
print(next(gen))
print(gen.send(10))
print(gen.send(20))
print(gen.send(1), gen.send(2), gen.send(3))
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("returned:", e.value)


def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, [4, []])], "five", [[6]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", range(3), {"k": 1}, (x * x for x in range(3)))))
print(list(chain([1], None)))
