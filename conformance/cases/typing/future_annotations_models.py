# Models that refer to themselves in annotations, with postponed evaluation (PEP 563).
from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from typing import Optional


@dataclass
class TreeNode:
    name: str
    children: list[TreeNode] = field(default_factory=list)
    parent: Optional[TreeNode] = None

    def add(self, name: str) -> TreeNode:
        child = TreeNode(name, parent=self)
        self.children.append(child)
        return child

    def path(self) -> list[str]:
        node: TreeNode | None = self
        out: list[str] = []
        while node is not None:
            out.append(node.name)
            node = node.parent
        return out[::-1]


class Vector:
    dims: int = 2

    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y

    def __add__(self, other: Vector) -> Vector:
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k: "float") -> Vector:
        return Vector(self.x * k, self.y * k)

    def __repr__(self) -> str:
        return f"Vector({self.x}, {self.y})"


def lookup(index: dict[str, list[int]], key: str, default: int | None = None) -> Optional[int]:
    values = index.get(key)
    return values[0] if values else default


root = TreeNode("root")
leaf = root.add("a").add("b")
print(leaf.path(), [c.name for c in root.children])
print(Vector(1, 2) + Vector(3, 4), Vector(1, 1).scale(2.5))
print(TreeNode.__annotations__)
print(Vector.__add__.__annotations__, Vector.scale.__annotations__, Vector.__annotations__)
print(lookup.__annotations__)
print(lookup({"a": [7]}, "a"), lookup({}, "b", -1))
print([(f.name, f.type) for f in fields(TreeNode)])
print(typing.get_type_hints(Vector.__add__))
print(typing.get_type_hints(lookup))
