# return: implicit None, early returns, returning from inside loops and try, multiple return paths.
def find_first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            return i
    return None


def no_return():
    x = 1 + 1


def bare_return(flag):
    if flag:
        return
    return "not flagged"


def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    if n % 2:
        return "odd"
    return "even"


def from_try(d, k):
    try:
        return d[k]
    except KeyError:
        return "missing"
    finally:
        print("  lookup of", repr(k), "done")


print(find_first_negative([3, 1, -4, -1]), find_first_negative([1, 2]))
print(no_return(), bare_return(True), bare_return(False))
print([classify(n) for n in (-2, 0, 7, 10)])
print(from_try({"a": 1}, "a"), from_try({}, "b"))


def nested_loops_return(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return -1, -1


print(nested_loops_return([[1, 2], [3, 4]], 3), nested_loops_return([[1]], 9))
row, col = nested_loops_return([[0]], 0)
print(row, col)
result = no_return()
try:
    print(result + 1)
except TypeError as exc:
    print("TypeError:", exc)
