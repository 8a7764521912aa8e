# Topological sorting of build tasks with Kahn's algorithm and DFS; a cycle is reported as an error.
class CycleError(Exception):
    pass


def kahn(deps):
    nodes = set(deps) | {d for ds in deps.values() for d in ds}
    indegree = {n: 0 for n in nodes}
    users = {n: [] for n in nodes}
    for task, ds in deps.items():
        for d in ds:
            indegree[task] += 1
            users[d].append(task)
    ready = sorted(n for n in nodes if indegree[n] == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(nodes):
        stuck = sorted(n for n in nodes if indegree[n] > 0)
        raise CycleError(f"cycle among {stuck}")
    return order


def dfs_order(deps):
    state, order = {}, []

    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise CycleError(" -> ".join(trail + [n]))
        state[n] = "active"
        for d in sorted(deps.get(n, ())):
            visit(d, trail + [n])
        state[n] = "done"
        order.append(n)

    for n in sorted(deps):
        visit(n, [])
    return order


build = {
    "app": ["lib", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "tests": ["app", "fixtures"],
    "docs": ["lib"],
    "core": [],
}
print(kahn(build))
print(dfs_order(build))
try:
    kahn({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except CycleError as e:
    print("CycleError:", e)
dfs_order({"x": ["y"], "y": ["z"], "z": ["x"]})
