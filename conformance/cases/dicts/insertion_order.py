# Insertion order: updates keep position, delete then re-insert moves to the end, popitem is LIFO.
d = {}
for key in ["c", "a", "b"]:
    d[key] = len(d)
print(d, list(d))
d["a"] = 100
print(d)
del d["c"]
d["c"] = 0
print(d)
print(d.popitem(), d)
d.update(z=1, a=-1)
print(d, list(reversed(d)), next(iter(d)), next(reversed(d.items())))
recent = {}
for page in ["home", "about", "home", "blog", "about", "home"]:
    recent.pop(page, None)
    recent[page] = True
print(list(recent))
ints = {}
for n in [10, 3, 7, 1, 3, 10]:
    ints[n] = ints.get(n, 0) + 1
print(ints, sorted(ints), sorted(ints.items(), key=lambda kv: (-kv[1], kv[0])))
stack = {"first": 1, "second": 2, "third": 3}
while stack:
    print("pop", stack.popitem())
try:
    stack.popitem()
except KeyError as e:
    print("KeyError:", e)
print({1: "a", 1.0: "b", True: "c"})
print(dict([(i % 3, i) for i in range(7)]))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
