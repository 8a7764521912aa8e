# Native re-entry (repr -> __repr__) 200,000 deep, with a raised recursion limit and a big memory limit.
import sys

sys.setrecursionlimit(10**6)

class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"

node = None
for _ in range(200000):
    node = Node(node)
print(len(repr(node)))
