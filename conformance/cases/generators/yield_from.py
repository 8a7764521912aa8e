# yield from delegation, recursion over trees, and return values.
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, 4], (5,)], [[6]], 7])))


def inner():
    received = yield "inner-1"
    print("inner got", received)
    yield "inner-2"
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-done"


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))


def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join(walk(tree)))
print(list(zip(range(3), flatten([[10, 20], 30, 40]))))
