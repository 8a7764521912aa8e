# Graph reachability with visited sets: BFS/DFS, connected components and cycle detection.
edges = [(1, 2), (2, 3), (3, 1), (4, 5), (6, 6), (7, 8), (8, 9), (2, 10)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)


def reachable(start):
    seen = {start}
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return seen


print(reachable(1), reachable(4), reachable(6))
components = []
unvisited = set(graph)
while unvisited:
    comp = reachable(min(unvisited))
    components.append(sorted(comp))
    unvisited -= comp
print(sorted(components))
directed = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"d"}}


def has_cycle(g):
    done, on_path = set(), set()

    def visit(n):
        if n in on_path:
            return True
        if n in done:
            return False
        on_path.add(n)
        found = any(visit(m) for m in sorted(g[n]))
        on_path.discard(n)
        done.add(n)
        return found

    return any(visit(n) for n in sorted(g))


print(has_cycle(directed))
del directed["c"]
directed["b"] = {"d"}
print(has_cycle(directed))
sinks = sorted(n for n, out in directed.items() if not out)
print(sinks, sorted(set().union(*directed.values())))
