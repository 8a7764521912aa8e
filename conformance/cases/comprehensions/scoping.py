# Comprehension scoping: loop variables do not leak; class bodies; closures capture late.
x = "outer"
result = [x for x in range(3)]
print(result, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


class Table:
    size = 3
    rows = [n * 10 for n in range(3)]


print(Table.rows)
data = {"a": [1, 2], "b": [3]}
flat = [(k, v) for k, vs in data.items() for v in vs]
print(flat)
gen = (y * 2 for y in range(3))
print(list(gen), list(gen))
print(y)
