# Catching RecursionError and falling back to an iterative algorithm; the program keeps running.
def recursive_len(items):
    if not items:
        return 0
    return 1 + recursive_len(items[1:])


def iterative_len(items):
    n = 0
    for _ in items:
        n += 1
    return n


def safe_len(items):
    try:
        return recursive_len(items), "recursive"
    except RecursionError:
        return iterative_len(items), "iterative fallback"


for size in (10, 500, 5000):
    print(size, safe_len(list(range(size))))


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent

    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()


node = Node(0)
for i in range(1, 3000):
    node = Node(i, node)
try:
    node.depth()
except RecursionError as e:
    print("too deep:", type(e).__name__, isinstance(e, RuntimeError))
d = 0
walker = node
while walker.parent:
    walker = walker.parent
    d += 1
print("iterative depth", d)
print(Node(1, Node(2)).depth())
