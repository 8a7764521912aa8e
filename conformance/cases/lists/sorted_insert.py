# Keeping a leaderboard sorted: binary-search insertion, rank lookup and top-N slicing.
def insert_sorted(items, value):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    items.insert(lo, value)
    return lo


def rank(items, value):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] <= value:
            lo = mid + 1
        else:
            hi = mid
    return len(items) - lo + 1


board = []
for score in [50, 20, 80, 50, 95, 10, 65, 80]:
    pos = insert_sorted(board, score)
    print(f"inserted {score:3} at {pos}: {board}")
print("top 3:", board[-3:][::-1], "bottom 2:", board[:2])
for s in (100, 80, 50, 5):
    print(s, "would rank", rank(board, s))
entries = []
for name, pts in [("ann", 30), ("bob", 45), ("cy", 30), ("di", 60)]:
    insert_sorted(entries, (-pts, name))
print([(name, -neg) for neg, name in entries])
print(board == sorted(board), len(board))
