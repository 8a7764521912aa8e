# Unpacking inside literals: [*a, *b], (*a,), {*a, *b}, {**d1, **d2} and precedence of later keys.
a = [1, 2]
b = (3, 4)
c = range(5, 7)
print([*a, *b, *c], (*a, 0, *b), [*"hi", *a])
print(sorted({*a, *b, *a}), {*()}, [*{}], [*{"k": 1}])
defaults = {"color": "blue", "size": 10}
overrides = {"size": 12, "weight": 3}
print({**defaults, **overrides}, {**overrides, **defaults}, {"size": 0, **defaults})
print({**defaults, "color": "green"}, {**{}}, dict(**defaults))
queue = ["b", "c"]
queue = ["a", *queue, "d"]
print(queue)
matrix = [[1, 2], [3], [4, 5, 6]]
print([*matrix[0], *matrix[2]], [x for row in matrix for x in row] == [*matrix[0], *matrix[1], *matrix[2]])
first, *_ = [*reversed(a), *b]
print(first)
print(*[*a, *b])
combined = {**{"a": 1}, **dict(b=2), **{k: v for k, v in [("c", 3)]}}
print(combined, len(combined))
try:
    print([*None])
except TypeError as exc:
    print("TypeError:", exc)
