# Slice assignment and deletion: replacing, inserting, growing, shrinking and extended slices.
nums = list(range(10))
nums[2:5] = ["a", "b", "c"]
print(nums)
nums[2:5] = []
print(nums)
nums[1:1] = [100, 200]
print(nums)
nums[:0] = ["start"]
nums[len(nums):] = ["end"]
print(nums)
nums[-3:] = "xyz"
print(nums)
evens = list(range(10))
evens[::2] = [0] * 5
print(evens)
evens[1::2] = [n * 10 for n in range(5)]
print(evens)
del evens[::3]
print(evens)
rev = [1, 2, 3, 4, 5]
rev[::-1] = rev
print(rev)
copy = rev[:]
copy[:] = [9]
print(rev, copy)
window = [0, 0, 0, 0]
for i, chunk in enumerate([[1, 2], [3, 4]]):
    window[i * 2 : i * 2 + 2] = chunk
print(window)
nums = [1, 2, 3]
nums[5:10] = [4]
print(nums)
nums[-100:1] = [0]
print(nums)
data = list(range(6))
try:
    data[::2] = [None, None]
except ValueError as exc:
    print("ValueError:", exc)
