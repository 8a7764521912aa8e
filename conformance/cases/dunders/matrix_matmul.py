# A small matrix class with @ (__matmul__), ** (__pow__), %, //, divmod, equality and __getitem__.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)] for i in range(self.n)])

    def __pow__(self, e):
        result = Matrix.identity(self.n)
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def __mod__(self, k):
        return Matrix([[v % k for v in row] for row in self.rows])

    def __floordiv__(self, k):
        return Matrix([[v // k for v in row] for row in self.rows])

    def __divmod__(self, k):
        return self // k, self % k

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


fib = Matrix([[1, 1], [1, 0]])
print(fib @ fib, fib**10, (fib**90)[0, 1])
print((fib**30) % 1000, (fib**10) // 7, divmod(fib**6, 5))
print(Matrix.identity(3) @ Matrix([[1], [2], [3]]), fib**0 == Matrix.identity(2))
a = Matrix([[1, 2, 3]])
print(a @ Matrix([[1], [1], [1]]), a[0, 2])
m = Matrix([[2, 0], [0, 2]])
m @= fib
print(m)
try:
    print(a @ a)
except ValueError as exc:
    print("ValueError:", exc)
