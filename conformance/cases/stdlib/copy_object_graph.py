# Copying an object graph: shallow vs deep copies, cycles, and custom __copy__/__deepcopy__.
import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return f"Node({self.name}, {len(self.children)} children)"


root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))

shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow.children is root.children, deep.children is root.children)
print(deep.children[0].parent is deep, deep.children[0].parent is root)
deep.children[0].name = "A"
print(root.children[0].name, deep.children[0].name, deep)

config = {"db": {"host": "x", "ports": [1, 2]}, "tags": ("a", ["b"])}
c1 = copy.copy(config)
c2 = copy.deepcopy(config)
config["db"]["ports"].append(3)
config["tags"][1].append("c")
print(c1["db"]["ports"], c2["db"]["ports"], c1["tags"], c2["tags"])

cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is cyc, len(cc))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)


class Connection:
    count = 0

    def __init__(self, dsn):
        Connection.count += 1
        self.dsn = dsn
        self.cache = {}

    def __copy__(self):
        print("__copy__ called")
        new = Connection(self.dsn)
        return new

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with memo", type(memo).__name__)
        new = Connection(self.dsn + "?copy")
        new.cache = copy.deepcopy(self.cache, memo)
        return new


conn = Connection("db://1")
conn.cache["k"] = [1]
c3 = copy.copy(conn)
c4 = copy.deepcopy({"c": conn})
print(c3.dsn, c4["c"].dsn, c4["c"].cache, c4["c"].cache["k"] is conn.cache["k"], Connection.count)
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
print(copy.copy(5), copy.deepcopy("s"), copy.copy({1, 2}), copy.copy(bytearray(b"x")))
print(copy.replace if hasattr(copy, "replace") else "no replace", copy.Error.__name__)
