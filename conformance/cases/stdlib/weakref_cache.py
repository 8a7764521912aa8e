# weakref basics: references that dereference while the object lives, weak caches.
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = weakref.ref(self)
        self.children.append(child)
        return child


root = Node("root")
leaf = root.add(Node("leaf")).add(Node("deep"))
print(leaf.parent().name, leaf.parent().parent().name, callable(leaf.parent))
r1, r2 = weakref.ref(root), weakref.ref(root)
print(r1() is root, r1 == r2, hash(r1) == hash(r2))
cache = weakref.WeakValueDictionary()
cache["root"] = root
print(cache["root"].name, "root" in cache, len(cache), cache.get("x"))
registry = weakref.WeakSet()
registry.add(root)
print(len(registry), root in registry)
keyed = weakref.WeakKeyDictionary()
keyed[root] = "metadata"
print(keyed[root], list(keyed.values()))
calls = []
f = weakref.finalize(root, calls.append, "cleanup")
print(f.alive, f(), f.alive, calls, f())
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
