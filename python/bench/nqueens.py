"""N-queens: count all solutions for n = 6..9 by backtracking with sets."""


def solve(n):
    count = 0
    cols, diag1, diag2 = set(), set(), set()
    first = []
    placed = []

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            if not first:
                first.extend(placed)
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return count, first


for n in (6, 7, 8, 9):
    count, first = solve(n)
    print(n, count, first)
