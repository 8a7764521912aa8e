# String annotations as forward references: a linked list and tree whose methods refer to their own class.
class Node:
    def __init__(self, value: int, next: "Node | None" = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> "Node":
        node = self
        while node.next:
            node = node.next
        node.next = Node(value)
        return self

    def to_list(self) -> "list[int]":
        out, node = [], self
        while node:
            out.append(node.value)
            node = node.next
        return out


class Tree:
    def __init__(self, label: str, children: "list[Tree] | None" = None):
        self.label = label
        self.children = children or []

    def size(self) -> int:
        return 1 + sum(c.size() for c in self.children)


head = Node(1).append(2).append(3)
print(head.to_list(), Node.append.__annotations__, Node.__init__.__annotations__["next"])
t = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
print(t.size(), Tree.__init__.__annotations__)


try:
    def later(x: UndefinedType) -> None:
        return x
except NameError as exc:
    print("NameError:", exc)
