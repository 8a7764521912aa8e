# After sys.setrecursionlimit(100000) a 50,000-deep pure-Python recursion completes.
import sys

sys.setrecursionlimit(100000)


def count_down(n):
    if n == 0:
        return "bottom"
    return count_down(n - 1)


def build(n):
    if n == 0:
        return []
    rest = build(n - 1)
    rest.append(n)
    return rest


print(count_down(50000))
values = build(30000)
print(len(values), values[:3], values[-3:])


def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)


def mutual_b(n):
    return mutual_a(n - 1)


print(mutual_a(40001))
