# Building lists: + and *, += and extend with any iterable, list() from iterables, repetition pitfalls.
base = [1, 2]
print(base + [3], base * 3, [0] * 0, 2 * ["ab"], base + base)
acc = []
acc += "hi"
acc += range(3)
acc += (7, 8)
acc += {"k": 1}
print(acc)
acc.extend(x * x for x in range(4))
acc.extend({9: 0}.values())
print(acc)
print(list("abc"), list((1, 2)), list(range(3)), list({"x": 1, "y": 2}), list(), list(b"AB"))
letters = []
for word in ["one", "two"]:
    letters.extend(word)
print(letters)
batches = [[1, 2], [3], [], [4, 5, 6]]
flat = []
for b in batches:
    flat = flat + b
print(flat, sum(batches, []))
sizes = [len(b) for b in batches]
print(sizes, [b * 2 for b in batches])
try:
    base + (3,)
except TypeError as e:
    print("TypeError:", e)
try:
    base * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    acc.extend(5)
except TypeError as e:
    print("TypeError:", e)
try:
    base += 5
except TypeError as exc:
    print("TypeError:", exc)
