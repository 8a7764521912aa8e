# Starred assignment targets: head/tail splits, middles, empty stars and strings.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "python"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = (1,)
print(a, b, type(b).__name__)
*everything, = {"x": 1, "y": 2}
print(everything)
scores = [88, 92, 75, 64, 99]
best, *others = sorted(scores, reverse=True)
print(best, others, sum(others) / len(others))
line = "2024-06-01 ERROR disk full on /dev/sda1"
date, level, *message = line.split()
print(date, level, " ".join(message))
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
for name, *grades in [("ann", 90, 85), ("bob", 70), ("cy",)]:
    print(name, grades, max(grades, default=None))
p, q, *r = 1, 2
print(p, q, r)
one, two, *more = [1]
