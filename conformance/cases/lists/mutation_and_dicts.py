# list and dict basics: mutation, slicing, sorting, iteration order, errors.
nums = [5, 3, 8, 1]
nums.append(7)
nums.extend([2, 2])
nums.insert(0, 9)
print(nums, nums.pop(), nums.pop(0), nums.index(8), nums.count(2))
nums.sort()
print(nums, nums[1:-1], nums[::-2], sorted(nums, reverse=True))
nums[1:3] = [10, 20, 30]
del nums[0]
print(nums, len(nums), 30 in nums, nums + [0], [0] * 3)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)))
inventory = {"apples": 3, "pears": 0}
inventory["plums"] = 5
inventory["apples"] += 2
del inventory["pears"]
print(inventory, list(inventory), inventory.get("kiwi", 0), "plums" in inventory)
print(sorted(inventory.items(), key=lambda kv: kv[1]), inventory.pop("plums"), inventory)
counts = {}
for word in "the cat the hat the end".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get))
pairs = dict(zip("abc", range(3)))
pairs.update(d=3)
print(pairs, {**pairs, "a": 100}, dict([("x", 1)]), list(enumerate("ab", 1)))
t = (1, 2, 3)
first, *rest = t
print(first, rest, t[1:], t + (4,), (1,), ())
print(inventory["missing"])
