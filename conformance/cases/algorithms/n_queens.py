# N-queens by backtracking: counting solutions for n=1..8, printing the first board for n=6.
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col)
            diag1.add(row - col)
            diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.discard(col)
            diag1.discard(row - col)
            diag2.discard(row + col)

    place(0)
    return solutions


print([len(solve(n)) for n in range(1, 9)])
first = solve(6)[0]
print(first)
for col in first:
    print(" ".join("Q" if c == col else "." for c in range(6)))
eight = solve(8)
print(eight[0], eight[-1], len({tuple(reversed(s)) for s in eight} & {tuple(s) for s in eight}))


def is_valid(board):
    n = len(board)
    return all(board[i] != board[j] and abs(board[i] - board[j]) != j - i for i in range(n) for j in range(i + 1, n))


print(all(is_valid(s) for s in eight), is_valid([0, 1, 2]))
