# Binary search: exact match, leftmost/rightmost bounds, searching a rotated array, and integer sqrt.
def search(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def lower_bound(a, target):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(a, target):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_rotated(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= target < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < target <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def isqrt(n):
    lo, hi = 0, n + 1
    while lo < hi:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


a = [1, 3, 3, 3, 5, 8, 13, 21, 34]
print([search(a, t) for t in (1, 5, 34, 4, 0, 100)])
print([(t, lower_bound(a, t), upper_bound(a, t)) for t in (3, 4, 0, 40)])
print("count of 3:", upper_bound(a, 3) - lower_bound(a, 3))
rot = [15, 18, 22, 3, 4, 7, 10, 12]
print([search_rotated(rot, t) for t in (3, 15, 12, 5)])
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10**20, 2**127)])
words = sorted(["delta", "alpha", "echo", "charlie", "bravo"])
print(words, search(words, "charlie"), search(words, "zulu"))
try:
    print(search([1, 2, "3"], 3))
except TypeError as exc:
    print("TypeError:", exc)
