# enumerate with start values and zip over parallel lists, including strict=True length checking.
names = ["ann", "bob", "cy"]
scores = [88, 92, 79]
ages = [31, 25, 40]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), start=1):
    print(f"#{rank} {name} {score}")
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
print(list(zip(names, scores, ages)))
print(dict(zip(names, scores)), list(zip()), list(zip(names)))
print(list(zip(names, range(100))), list(zip("abcd", "xy")))
print(list(zip(names, scores, strict=True)))
e = enumerate(names)
print(next(e), next(e), list(e))
totals = [s + a for s, a in zip(scores, ages)]
print(totals)
for i, (n, s, a) in enumerate(zip(names, scores, ages)):
    print(i, n.title(), s - a)
unzipped = list(zip(*zip(names, scores)))
print(unzipped)
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
for pair in zip(names, scores[:2], strict=True):
    print(pair)
