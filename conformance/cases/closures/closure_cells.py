# Closure cells are shared between functions created in the same call and survive the call.
def make_pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_


get1, set1 = make_pair()
get2, set2 = make_pair()
set1(10)
print(get1(), get2())
set2("other")
print(get1(), get2())
print(get1.__closure__[0] is set1.__closure__[0], get1.__closure__[0] is get2.__closure__[0])
print(get1.__closure__[0].cell_contents, len(get1.__closure__))


def counters(n):
    fns = []
    for i in range(n):
        def show(i=i):
            return i
        fns.append(show)
    shared = []
    for i in range(n):
        shared.append(lambda: i)
    return [f() for f in fns], [f() for f in shared]


print(counters(3))


def outer():
    data = {"count": 0}

    def bump():
        data["count"] += 1
        return data["count"]

    return bump, data


bump, data = outer()
bump()
bump()
print(data, bump(), data)
try:
    print(get1.__closure__[0].cell_contents + 1, get2.__closure__[0].cell_contents + 1)
except TypeError as exc:
    print("TypeError:", exc)
