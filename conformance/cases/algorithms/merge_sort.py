# Merge sort with inversion counting, a bottom-up variant, and merging k sorted lists.
def merge(left, right, key=lambda x: x):
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid], key), merge_sort(xs[mid:], key), key)


def count_inversions(xs):
    if len(xs) <= 1:
        return list(xs), 0
    mid = len(xs) // 2
    left, a = count_inversions(xs[:mid])
    right, b = count_inversions(xs[mid:])
    merged, inv, i, j = [], a + b, 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j])
            inv += len(left) - i
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:], inv


def bottom_up(xs):
    runs = [[x] for x in xs]
    while len(runs) > 1:
        runs = [merge(runs[i], runs[i + 1]) if i + 1 < len(runs) else runs[i] for i in range(0, len(runs), 2)]
    return runs[0] if runs else []


data = [38, 27, 43, 3, 9, 82, 10, 3]
print(merge_sort(data), bottom_up(data), count_inversions(data)[1], count_inversions(list(range(10, 0, -1)))[1])
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25)]
print(merge_sort(people, key=lambda p: p[1]))
lists = [[1, 4, 9], [2, 3, 10, 11], [], [0, 12]]
result = []
for lst in lists:
    result = merge(result, lst)
print(result)
print(merge_sort("mergesort"), bottom_up([]), merge_sort([5]))
