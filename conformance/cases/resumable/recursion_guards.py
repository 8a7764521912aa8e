# Runaway recursion through dunders and deeply nested containers raises
# RecursionError (never a crash), and the program carries on afterwards.


def depth_error(label, fn):
    try:
        fn()
    except RecursionError as e:
        print(label, "->", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))


class SelfRepr:
    def __repr__(self):
        return repr(self)


class SelfEq:
    def __eq__(self, other):
        return self == other


class SelfAdd:
    def __add__(self, other):
        return self + other


class SelfLen:
    def __len__(self):
        return len(self)


class SelfIter:
    def __iter__(self):
        return iter(self)


depth_error("repr", lambda: repr(SelfRepr()))
depth_error("eq", lambda: SelfEq() == 1)
depth_error("add", lambda: SelfAdd() + 1)
depth_error("len", lambda: len(SelfLen()))
depth_error("iter", lambda: list(SelfIter()))

nested = []
for _ in range(20000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("nested list:", e)

other = []
for _ in range(20000):
    other = [other]
try:
    print(nested == other)
except RecursionError as e:
    print("nested eq:", e)

mapping = {}
for _ in range(20000):
    mapping = {"k": mapping}
try:
    str(mapping)
except RecursionError as e:
    print("nested dict:", e)

shallow = [[[1, 2], [3]], {"a": (4, 5)}]
print(shallow, shallow == [[[1, 2], [3]], {"a": (4, 5)}])


def count_down(n):
    return n if n == 0 else count_down(n - 1)


print("still fine:", count_down(500))
