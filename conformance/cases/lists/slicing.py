# Slice reads, slice assignment and deletion, negative indices.
nums = list(range(10))
print(nums[2:7], nums[::3], nums[-3:], nums[::-2], nums[8:2:-2])
nums[1:3] = ["a", "b", "c"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
nums[:] = [1, 2, 3]
print(nums)
del nums[::2]
print(nums)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in matrix], [row[::-1] for row in matrix[::-1]])
print(list(zip(*matrix)))
s = slice(1, None, 2)
print([10, 11, 12, 13, 14][s], s.start, s.stop, s.step)
window = [1, 2, 3, 4, 5]
print([window[i:i + 3] for i in range(len(window) - 2)])
print(window[5])
