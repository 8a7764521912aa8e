# Dijkstra's shortest paths with a hand-written binary heap, path reconstruction and unreachable nodes.
class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2

    def pop(self):
        a = self.items
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[small]:
                    small = l
                if r < len(a) and a[r] < a[small]:
                    small = r
                if small == i:
                    break
                a[i], a[small] = a[small], a[i]
                i = small
        return top

    def __len__(self):
        return len(self.items)


def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, start))
    while heap:
        d, node = heap.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph.get(node, {}).items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {"H": 1},
}
dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    if node in dist:
        print(node, dist[node], "->".join(path(prev, node)))
    else:
        print(node, "unreachable")
print(dijkstra(graph, "G")[0])
try:
    print(dist["H"])
except KeyError as exc:
    print("KeyError:", exc)
