# Nested unpacking of tuples and lists in assignments and for loops over structured records.
record = ("ann", (31, "engineer"), ["python", "rust"])
name, (age, role), [lang1, lang2] = record
print(name, age, role, lang1, lang2)
points = [((0, 0), (3, 4)), ((1, 1), (4, 5)), ((-2, 3), (1, -1))]
for (x1, y1), (x2, y2) in points:
    print(f"({x1},{y1})->({x2},{y2}) length {((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5:.2f}")
data = {"ann": (90, [1, 2]), "bob": (75, [3])}
for student, (score, (first, *others)) in data.items():
    print(student, score, first, others)
[[a, b], [c, d]] = [[1, 2], [3, 4]]
print(a + d, b + c)
(((deep,),),) = (((42,),),)
print(deep)
matrix = [[1, 2, 3], [4, 5, 6]]
(r1c1, *r1rest), (r2c1, *_) = matrix
print(r1c1, r1rest, r2c1)
pairs = [(i, (i * i, str(i))) for i in range(3)]
print([(n, s) for n, (sq, s) in pairs if sq > 0])
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
(m, n), o = "ab", "c"
print(m, n, o)
try:
    (u, v), w = [1, 2, 3], 4
except ValueError as exc:
    print("ValueError:", exc)
