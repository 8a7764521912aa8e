# global and nonlocal in the same program: module counters, closure counters and shadowing rules.
calls = 0


def tracked(fn):
    count = 0

    def wrapper(*args):
        global calls
        nonlocal count
        calls += 1
        count += 1
        return fn(*args), count

    return wrapper


@tracked
def square(x):
    return x * x


@tracked
def cube(x):
    return x**3


print(square(2), square(3), cube(2), calls)


def outer():
    value = "outer"

    def set_global():
        global value
        value = "global set"

    def set_nonlocal():
        nonlocal value
        value = "nonlocal set"

    set_global()
    after_global = value
    set_nonlocal()
    return after_global, value


print(outer(), value)


def counter_with_global_reset():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    def reset():
        global calls
        calls = 0

    return bump, reset


bump, reset = counter_with_global_reset()
bump()
bump()
reset()
print(bump(), calls)


def uses_undeclared():
    print(calls)
    calls = 5


try:
    uses_undeclared()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
