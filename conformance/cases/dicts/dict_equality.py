# Dict equality ignores order but not values; ordering comparisons are unsupported.
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
c = {"x": 1, "y": [2, 1]}
print(a == b, a == c, a != c, a is b)
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: 1}, {} == dict(), {"k": None} == {"k": None})
print({"a": float("nan")} == {"a": float("nan")})
nan = float("nan")
print({"a": nan} == {"a": nan})
print(a.keys() == b.keys(), list(a.items()) == list(b.items()), sorted(a.items()) == sorted(b.items()))
snap1 = {"cpu": 40, "mem": 70, "disk": 20}
snap2 = {"cpu": 45, "mem": 70, "net": 5}
changed = {k: (snap1[k], snap2[k]) for k in snap1.keys() & snap2.keys() if snap1[k] != snap2[k]}
added = {k: snap2[k] for k in snap2.keys() - snap1.keys()}
removed = {k: snap1[k] for k in snap1.keys() - snap2.keys()}
print(changed, added, removed)
print(max({"a": 3, "b": 9}), min({"b": 1, "a": 2}), sorted([{"k": 2}, {"k": 1}], key=lambda d: d["k"]))
try:
    print({"a": 1} < {"a": 2})
except TypeError as exc:
    print("TypeError:", exc)
