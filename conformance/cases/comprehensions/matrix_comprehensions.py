# Matrix helpers written as comprehensions: transpose, scalar ops, elementwise ops, pretty printing.
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
transpose = [[row[i] for row in A] for i in range(len(A[0]))]
print(transpose)
print([[v * 10 for v in row] for row in A])
print([[a + b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)])
product = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in transpose]
print(product)
identity = [[int(i == j) for j in range(4)] for i in range(4)]
print(identity)
print("\n".join(" ".join(f"{v:3d}" for v in row) for row in product))
row_sums = [sum(r) for r in A]
col_sums = [sum(c) for c in zip(*A)]
print(row_sums, col_sums, sum(row_sums) == sum(col_sums))
upper = [[v if j >= i else 0 for j, v in enumerate(row)] for i, row in enumerate(product)]
print(upper)
spiral_order = []
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
while m:
    spiral_order += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print(spiral_order)
pascal = [[1]]
for _ in range(5):
    pascal.append([1] + [a + b for a, b in zip(pascal[-1], pascal[-1][1:])] + [1])
print(pascal[-1], [sum(r) for r in pascal])
