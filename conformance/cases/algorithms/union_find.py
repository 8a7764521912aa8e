# Disjoint-set union with path compression and union by size: components, Kruskal's MST, and redundant edges.
class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.components = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.components -= 1
        return True


d = DSU(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (6, 9)]:
    d.union(a, b)
groups = {}
for x in range(10):
    groups.setdefault(d.find(x), []).append(x)
print(d.components, sorted(groups.values()))
edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"), (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
names = sorted({n for _, a, b in edges for n in (a, b)})
index = {n: i for i, n in enumerate(names)}
mst_dsu = DSU(len(names))
mst = [(w, a, b) for w, a, b in sorted(edges) if mst_dsu.union(index[a], index[b])]
print(mst, sum(w for w, _, _ in mst))
redundant = []
r = DSU(5)
for a, b in [(0, 1), (1, 2), (2, 0), (3, 4), (4, 3)]:
    if not r.union(a, b):
        redundant.append((a, b))
print(redundant, r.components)
d.union(3, 12)
