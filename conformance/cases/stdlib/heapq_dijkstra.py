# Shortest paths with heapq (Dijkstra) and a top-k leaderboard with a bounded heap.
import heapq
from collections import defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3),
         ("C", "E", 10), ("E", "F", 1)]
graph = defaultdict(list)
for a, b, w in edges:
    graph[a].append((b, w))
    graph[b].append((a, w))


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in sorted(graph[node]):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


dist, prev = dijkstra("A")
print(sorted(dist.items()))
print(" -> ".join(path(prev, "F")), dist["F"])

top = []
scores = [("ann", 88), ("bob", 95), ("cy", 70), ("dee", 95), ("eve", 60), ("fay", 99), ("gus", 91)]
for name, score in scores:
    if len(top) < 3:
        heapq.heappush(top, (score, name))
    else:
        heapq.heappushpop(top, (score, name))
print(sorted(top, reverse=True))
print(heapq.nlargest(3, scores, key=lambda s: s[1]), heapq.nsmallest(1, scores, key=lambda s: s[1]))
merged = heapq.merge([1, 5, 9], [2, 6], [0, 10])
print(next(merged), list(merged))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h, heapq.heapreplace(h, 7), h, [heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(0, [1, 2]), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(2, []))
heapq.heappush(None, 1)
