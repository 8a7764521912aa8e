# Tuple operations: count, index, +, *, in, slicing, len, min/max/sum, and conversions.
votes = ("yes", "no", "yes", "abstain", "yes", "no")
print(votes.count("yes"), votes.count("maybe"), votes.index("no"), votes.index("no", 2), votes.index("yes", 1, 3))
print(votes[1:4], votes[::-2], len(votes), "abstain" in votes)
nums = (4, 8, 15, 16, 23, 42)
print(sum(nums), min(nums), max(nums), sorted(nums, reverse=True), tuple(sorted(nums, reverse=True)))
print(nums + (99,), (0,) * 3, 2 * (1, 2), () + (), nums[:2] * 2)
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}), tuple(), tuple(x * 2 for x in nums[:3]))
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
print(tuple(sorted(tally.items())))
print(any(n > 40 for n in nums), all(n % 2 == 0 for n in nums), enumerate(nums).__class__.__name__)
pairs = tuple(zip(nums, nums[1:]))
print(pairs[:3], len(pairs))
print(nums.index(42))
try:
    print(nums.index(7))
except ValueError as exc:
    print("ValueError:", exc)
