# Grid dynamic programming: minimum path sum with the path, unique paths with obstacles, largest square.
GRID = [
    [1, 3, 1, 2, 8],
    [1, 5, 1, 9, 1],
    [4, 2, 1, 1, 3],
    [7, 1, 8, 1, 1],
]


def min_path(grid):
    rows, cols = len(grid), len(grid[0])
    cost = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if r == 0 and c == 0:
                cost[r][c] = grid[r][c]
            else:
                up = cost[r - 1][c] if r else float("inf")
                left = cost[r][c - 1] if c else float("inf")
                cost[r][c] = grid[r][c] + min(up, left)
    path, r, c = [(rows - 1, cols - 1)], rows - 1, cols - 1
    while (r, c) != (0, 0):
        if r and (not c or cost[r - 1][c] <= cost[r][c - 1]):
            r -= 1
        else:
            c -= 1
        path.append((r, c))
    return cost[-1][-1], path[::-1]


def unique_paths(blocked, rows, cols):
    dp = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if (r, c) in blocked:
                continue
            if r == 0 and c == 0:
                dp[r][c] = 1
            else:
                dp[r][c] = (dp[r - 1][c] if r else 0) + (dp[r][c - 1] if c else 0)
    return dp[-1][-1]


def largest_square(matrix):
    best = 0
    dp = [[0] * (len(matrix[0]) + 1) for _ in range(len(matrix) + 1)]
    for r, row in enumerate(matrix, 1):
        for c, ch in enumerate(row, 1):
            if ch == "1":
                dp[r][c] = 1 + min(dp[r - 1][c], dp[r][c - 1], dp[r - 1][c - 1])
                best = max(best, dp[r][c])
    return best


total, path = min_path(GRID)
print(total, path)
print(" + ".join(str(GRID[r][c]) for r, c in path))
print(unique_paths(set(), 3, 7), unique_paths({(1, 1)}, 3, 3), unique_paths({(0, 1), (1, 0)}, 3, 3), unique_paths(set(), 10, 10))
print(largest_square(["10100", "10111", "11111", "10010"]), largest_square(["0"]), largest_square(["111", "111", "111"]))
