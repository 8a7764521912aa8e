# Reading records with iter(callable, sentinel), pairing columns with zip(strict=True), walking ranges.
import_lines = ["id,name,score", "1,ann,90", "2,bob,72", "", "ignored"]
feed = iter(import_lines)
rows = list(iter(lambda: next(feed), ""))
print(rows, next(feed))
header, *records = [r.split(",") for r in rows]
for rec in records:
    print(dict(zip(header, rec, strict=True)))
blocks = iter([b"ab", b"cd", b""])
print(b"".join(iter(blocks.__next__, b"")))
counter = iter([3, 2, 1, 0, -1])
print(list(iter(counter.__next__, 0)), list(counter))
r = range(10, 50, 7)
print(r, r[1], r[-1], r[1:4], r[::-2], r.index(24), r.count(31), r.count(32), 38 in r, 39 in r, len(r[::3]))
print(range(5) == range(0, 5, 1), range(0) == range(3, 3), list(reversed(range(1, 8, 3))), r.start, r.stop, r.step)
s = slice(2, None, 2)
print(s.indices(9), slice(-3, None).indices(5), slice(None, None, -2).indices(6), "abcdefgh"[s], s == slice(2, None, 2))
it = iter([1, 2, 3])
print(it.__next__(), it.__iter__() is it, list(it), next(it, "done"))
gen = (x * x for x in range(3))
print(gen.__next__(), list(gen))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(11)
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)))
pairs = list(zip([1, 2, 3], "xy", strict=True))
