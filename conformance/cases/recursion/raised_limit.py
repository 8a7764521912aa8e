# Raising the recursion limit with sys.setrecursionlimit lets a 5,000-deep recursive sum work.
import sys

print(sys.getrecursionlimit())


def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


def linked(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node


def length(node):
    return 0 if node is None else 1 + length(node[1])


print(depth_sum(500))
sys.setrecursionlimit(10000)
print(sys.getrecursionlimit())
print(depth_sum(5000), length(linked(6000)))
try:
    depth_sum(20000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth_sum(100))
