# Quicksort three ways: functional with list comprehensions, in-place Lomuto, and three-way partitioning.
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quicksort([x for x in xs if x > pivot])


def quicksort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo >= hi:
        return a
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    quicksort_inplace(a, lo, i - 1)
    quicksort_inplace(a, i + 1, hi)
    return a


def three_way(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo >= hi:
        return a
    lt, i, gt = lo, lo + 1, hi
    pivot = a[lo]
    while i <= gt:
        if a[i] < pivot:
            a[lt], a[i] = a[i], a[lt]
            lt += 1
            i += 1
        elif a[i] > pivot:
            a[i], a[gt] = a[gt], a[i]
            gt -= 1
        else:
            i += 1
    three_way(a, lo, lt - 1)
    three_way(a, gt + 1, hi)
    return a


def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        out.append(seed >> 54)
    return out


data = lcg(7, 20)
print(data)
print(quicksort(data))
print(quicksort_inplace(list(data)) == sorted(data), three_way(list(data)) == sorted(data))
big = lcg(42, 3000)
print(quicksort(big)[:10], quicksort_inplace(list(big))[-5:], three_way([5] * 50 + [1, 9]) [:3])
print(quicksort(["pear", "apple", "fig", "banana"]), quicksort([3.5, -1, 2, -1]), quicksort([]))
try:
    print(quicksort([1, "two", 3]))
except TypeError as exc:
    print("TypeError:", exc)
