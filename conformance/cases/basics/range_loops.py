# range objects: steps, negative steps, len, indexing, slicing and membership.
print(list(range(5)), list(range(2, 9, 3)), list(range(10, 0, -3)))
r = range(0, 100, 7)
print(r, len(r), r[3], r[-1], 49 in r, 50 in r)
print(r[2:5], list(r[2:5]), r[::-1][:3])
print(r.index(21), r.count(14), r.count(15))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)))
print(range(3) == range(0, 3, 1), range(0) == range(5, 5))

total = 0
for i in range(1, 101):
    total += i
print("sum 1..100:", total, sum(range(1, 101)))

for row in range(1, 5):
    print(" ".join(f"{row * col:3d}" for col in range(1, 6)))

countdown = []
for n in range(5, 0, -1):
    countdown.append(n)
print(countdown, "liftoff")
print(list(reversed(range(1, 10, 2))))
print(range(-5, 5, 2)[1], len(range(-10, 10, 3)))
big = range(10**12)
print(len(big), big[-1], 10**12 - 1 in big)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    print(r[100])
except IndexError as exc:
    print("IndexError:", exc)
