# Grading, bucketing and sorted insertion with bisect.
import bisect
from bisect import bisect_left, bisect_right, insort


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

ages = [0, 13, 20, 65]
labels = ["child", "teen", "adult", "senior"]
for age in [5, 13, 19, 40, 65, 90]:
    print(age, labels[bisect_right(ages, age) - 1])

leaderboard = []
for name, pts in [("ann", 50), ("bob", 75), ("cid", 50), ("dee", 99), ("eve", 10)]:
    insort(leaderboard, (pts, name))
print(leaderboard)

data = [1, 2, 4, 4, 4, 7, 9]
print(bisect_left(data, 4), bisect_right(data, 4), bisect_left(data, 5), bisect_right(data, 0))
print(bisect_left(data, 4, 3), bisect_right(data, 4, 0, 3), bisect.bisect_left(data, 100))


def index_of(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")


print(index_of(data, 7))
try:
    index_of(data, 3)
except ValueError as e:
    print("ValueError:", e)

records = [("alice", 31), ("bob", 25), ("carol", 47)]
records.sort(key=lambda r: r[1])
print(bisect_left(records, 30, key=lambda r: r[1]), bisect_right(records, 47, key=lambda r: r[1]))
bisect.insort(records, ("dan", 40), key=lambda r: r[1])
print(records)
bisect.insort_left(data, 4)
bisect.insort_right(data, 8)
print(data)
try:
    bisect_left(data, 3, -1)
except ValueError as e:
    print("ValueError:", e)
bisect_left([1, "a"], 2)
