# zip(*rows) transposes tables; zip stops at the shortest input; column statistics from CSV-like rows.
rows = [
    ["name", "q1", "q2", "q3"],
    ["north", "10", "14", "9"],
    ["south", "7", "8", "12"],
    ["east", "20", "5", "11"],
]
header, *data = rows
columns = list(zip(*data))
print(columns)
for label, col in zip(header[1:], columns[1:]):
    values = list(map(int, col))
    print(label, values, sum(values), max(values))
totals = {row[0]: sum(map(int, row[1:])) for row in data}
print(totals)
transposed_back = [list(r) for r in zip(*zip(*data))]
print(transposed_back == data)
ragged = [[1, 2, 3], [4, 5], [6]]
print(list(zip(*ragged)))
a, b = zip(*[(1, "x"), (2, "y"), (3, "z")])
print(a, b)
print(list(zip(*[])), list(zip(*[[]])))
keys = ["id", "name"]
records = [dict(zip(keys, r)) for r in [(1, "ann"), (2, "bob"), (3,)]]
print(records)
try:
    first, second = zip(*[(1, 2, 3)])
except ValueError as exc:
    print("ValueError:", exc)
