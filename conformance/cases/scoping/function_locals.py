# locals() inside functions: snapshots of local names and values, including parameters and closures.
def describe(a, b=2, *args, key=None, **kwargs):
    result = a + b
    snapshot = locals()
    return sorted(snapshot.items())


print(describe(1))
print(describe(1, 3, 4, 5, key="k", extra=True))


def outer():
    captured = "from outer"

    def inner():
        local_var = 1
        return sorted(locals()), captured

    return inner()


print(outer())


def modify_locals():
    x = 1
    loc = locals()
    loc["x"] = 99
    return x, loc["x"]


print(modify_locals())


def count_locals(n):
    names = {}
    for i in range(n):
        names[f"v{i}"] = i
    return len(locals()), sorted(locals())


print(count_locals(3))
print(sorted(k for k in locals() if not k.startswith("__"))[:4])
