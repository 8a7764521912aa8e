# Tree traversals as recursive generators: preorder, inorder, level order and root-to-leaf paths.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right


def insert(root, value):
    if root is None:
        return Node(value)
    if value < root.value:
        root.left = insert(root.left, value)
    else:
        root.right = insert(root.right, value)
    return root


def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)


def level_order(root):
    queue = [root] if root else []
    while queue:
        node = queue.pop(0)
        yield node.value
        queue.extend(child for child in (node.left, node.right) if child)


def paths(node, prefix=()):
    if node is None:
        return
    prefix = prefix + (node.value,)
    if node.left is None and node.right is None:
        yield prefix
    yield from paths(node.left, prefix)
    yield from paths(node.right, prefix)


root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)
print(list(inorder(root)))
print(list(preorder(root)))
print(list(level_order(root)))
for p in paths(root):
    print(" -> ".join(map(str, p)), "sum", sum(p))
print(max(paths(root), key=len), sum(1 for _ in inorder(root)))
gen = inorder(root)
print(next(gen), next(gen), list(gen)[-1])
print(list(inorder(None)), list(level_order(None)))
try:
    print(next(paths(None)))
except StopIteration as exc:
    print("StopIteration:", exc)
