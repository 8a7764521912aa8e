# defaultdict: grouping, nested structures, counting, repr, default_factory.
from collections import defaultdict

records = [("eng", "ana"), ("ops", "bo"), ("eng", "cy"), ("hr", "di"), ("ops", "ed")]
teams = defaultdict(list)
for team, person in records:
    teams[team].append(person)
print(teams)
print(sorted(teams.items()), teams["eng"], len(teams))

counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(counts, counts.default_factory)
print(max(counts, key=counts.get), counts.get("z"), "z" in counts)

tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
print(root["a"]["b"]["c"], sorted(root["a"]), type(root["a"]).__name__)

sets = defaultdict(set)
for word in ["tea", "eat", "ate", "tan", "nat", "bat"]:
    sets["".join(sorted(word))].add(word)
for key in sorted(sets):
    print(key, sorted(sets[key]))

plain = defaultdict(None, {"k": 1})
print(plain)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)

copied = counts.copy()
copied["new"] += 10
print(type(copied).__name__, copied["new"], "new" in counts)
merged = counts | {"q": 9}
print(type(merged).__name__, merged["q"], merged.default_factory)
dd = defaultdict(lambda: "n/a", a="x")
print(dd["a"], dd["b"], dict(dd))
print(repr(defaultdict(list)), isinstance(dd, dict))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
print({k: dict(v) for k, v in nested.items()})
