# reversed() over lists, strings, ranges, dicts and dict views; sorted() with key, reverse and stability.
print(list(reversed([1, 2, 3])), "".join(reversed("stressed")), list(reversed(range(2, 12, 3))))
d = {"first": 1, "second": 2, "third": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(tuple(reversed((1, "a", None))), list(reversed([])))
r = reversed([10, 20, 30])
print(next(r), list(r))
people = [("kim", 30), ("lee", 25), ("max", 30), ("ann", 25), ("bo", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people)[::-1] == sorted(people, reverse=True))
print(sorted("bAcaB"), sorted("bAcaB", key=str.lower), sorted("bAcaB", key=str.lower, reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}.items()), sorted(d, key=d.get, reverse=True))
print(sorted([0.5, -1, 3, True, -2.5]), sorted([[3], [1, 2], [1]]))
nums = [5, 2, 9]
result = nums.sort()
print(result, nums, sorted(nums) is nums)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    print(sorted([1, 2, 3], key=lambda x: None))
except TypeError as exc:
    print("TypeError:", exc)
