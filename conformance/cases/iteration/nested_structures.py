# Walking nested lists and dicts: depth-tracked traversal, path listing and aggregate counts.
org = {
    "name": "root",
    "teams": [
        {"name": "eng", "members": ["ann", "bob"], "teams": [{"name": "infra", "members": ["cy"], "teams": []}]},
        {"name": "sales", "members": ["dee"], "teams": []},
        {"name": "ops", "members": [], "teams": [{"name": "support", "members": ["eve", "fay", "gus"], "teams": []}]},
    ],
    "members": ["ceo"],
}


def walk(team, depth=0):
    yield depth, team
    for sub in team["teams"]:
        yield from walk(sub, depth + 1)


for depth, team in walk(org):
    print("  " * depth + f"{team['name']} ({len(team['members'])})")
all_members = [m for _, t in walk(org) for m in t["members"]]
print(all_members, len(all_members))
largest = max((t for _, t in walk(org)), key=lambda t: len(t["members"]))
print(largest["name"])
paths = []
stack = [(org, org["name"])]
while stack:
    team, path = stack.pop()
    paths.append(path)
    for sub in reversed(team["teams"]):
        stack.append((sub, path + "/" + sub["name"]))
print(paths)
grid = [[1, [2, 3]], [[4], 5, [6, [7, 8]]]]
total = 0
todo = [grid]
while todo:
    item = todo.pop()
    if isinstance(item, list):
        todo.extend(item)
    else:
        total += item
print(total)
try:
    print(org["teams"][3]["name"])
except IndexError as exc:
    print("IndexError:", exc)
