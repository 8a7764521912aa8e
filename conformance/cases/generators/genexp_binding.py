# Generator expressions evaluate their first iterable immediately but everything else lazily.
def numbers():
    print("  numbers() called")
    return [1, 2, 3]


gen = (n * 10 for n in numbers())
print("generator created")
print(list(gen))
factor = 2
scaled = (n * factor for n in range(3))
factor = 100
print(list(scaled))
items = [1, 2, 3]
view = (x for x in items)
items.append(4)
print(list(view))
items = [1, 2]
snapshot = (x for x in items)
items = [9, 9, 9]
print(list(snapshot))
pairs = ((a, b) for a in range(2) for b in items)
items = ["late"]
print(list(pairs))
try:
    bad = (1 / x for x in [1, 0])
    print("created lazily; first:", next(bad))
    next(bad)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
try:
    bad_source = (x for x in 12)
except TypeError as exc:
    print("TypeError:", exc)
