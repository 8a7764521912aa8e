# Containers that contain themselves print as [...] and {...}; nested reprs of mixed containers.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
d = {"name": "root"}
d["self"] = d
print(d)
x = [1]
y = [x]
x.append(y)
print(x, y)
mixed = {"list": [], "tuple": ()}
mixed["list"].append(mixed)
print(mixed)
t = ([],)
t[0].append(t)
print(t)
nested = [[1, [2, [3, [4, [5]]]]], {"a": {"b": {"c": [None, True]}}}, (1,), ()]
print(nested)
print(str(nested) == repr(nested))
graph = {"a": [], "b": []}
graph["a"].append(graph["b"])
graph["b"].append(graph["a"])
print(graph)
print(a == a)
print(x == x)
