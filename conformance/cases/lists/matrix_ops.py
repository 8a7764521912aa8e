# Matrices as nested lists: construction, transpose, multiplication, identity and determinants.
def make(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]


def transpose(m):
    return [list(row) for row in zip(*m)]


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1 :] for row in m[1:]]
        total += (-1) ** col * m[0][col] * det(minor)
    return total


def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(3), b) == b, det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
grid = make(2, 3)
grid[0][1] = 5
print(grid)
bad = [[0] * 3] * 2
bad[0][1] = 5
print(bad, bad[0] is bad[1])
print(sum(sum(row) for row in a), max(max(row) for row in b), [row[1] for row in b])
flat = [v for row in a for v in row]
print(flat, [flat[i : i + 2] for i in range(0, len(flat), 2)])
try:
    matmul(a, a)
except ValueError as exc:
    print("ValueError:", exc)
