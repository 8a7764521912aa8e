# Classes defined inside classes and functions: __qualname__, access patterns and closures over classes.
class Tree:
    class Node:
        def __init__(self, value):
            self.value = value
            self.children = []

        def add(self, value):
            child = Tree.Node(value)
            self.children.append(child)
            return child

    def __init__(self, root):
        self.root = self.Node(root)

    def walk(self):
        stack = [(self.root, 0)]
        while stack:
            node, depth = stack.pop()
            yield depth, node.value
            for child in reversed(node.children):
                stack.append((child, depth + 1))


t = Tree("root")
a = t.root.add("a")
a.add("a1")
a.add("a2")
t.root.add("b").add("b1")
for depth, value in t.walk():
    print("  " * depth + value)
print(Tree.Node.__name__, Tree.Node.__qualname__, type(t.root).__qualname__)


def make_class(label):
    class Tagged:
        tag = label

        def show(self):
            return f"{type(self).__qualname__} tagged {self.tag}"

    return Tagged


A = make_class("alpha")
B = make_class("beta")
print(A().show(), B().show(), A is B, A.__name__ == B.__name__)
try:
    print(Tree.Leaf)
except AttributeError as exc:
    print("AttributeError:", exc)
