# Annotations are evaluated when the def or class statement runs, so side effects happen once, early.
def note(label):
    print(f"  evaluating annotation {label}")
    return label


def f(a: note("a"), b: note("b") = 2) -> note("return"):
    return a + b


print("defined f")
print(f(1), f(1, 1), f.__annotations__)


class C:
    field: note("field") = 1
    other: note("other")


print("defined C", C.__annotations__)


def local_annotations():
    x: note("local x") = 5
    return x


print(local_annotations())
counter = 0


def bump():
    global counter
    counter += 1
    return int


def g(v: bump()) -> bump():
    return v


print(counter, g(1), g(2), counter)


try:
    def broken(x: 1 / 0):
        return x
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
