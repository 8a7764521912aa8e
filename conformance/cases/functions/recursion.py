# Recursive algorithms: permutations, quicksort, hanoi, binary search, flood fill.
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([item] + rest)
    return out


print(permutations([1, 2, 3]))


def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


print(quicksort([5, 2, 9, 1, 5, 6, -3]))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10)), hanoi(2))


def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid - 1)


data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28))
GRID = ["..#..", ".##..", "....#", "###.."]


def fill(r, c, seen):
    if not (0 <= r < len(GRID) and 0 <= c < len(GRID[0])) or GRID[r][c] == "#" or (r, c) in seen:
        return 0
    seen.add((r, c))
    return 1 + sum(fill(r + dr, c + dc, seen) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


print(fill(0, 0, set()))
