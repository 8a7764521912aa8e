# Tuple unpacking for swaps, rotations, Fibonacci updates and in-place list element exchanges.
a, b, c = 1, 2, 3
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
x, y = 0, 1
seq = []
for _ in range(10):
    seq.append(x)
    x, y = y, x + y
print(seq)
nums = [5, 3, 8, 1]
nums[0], nums[-1] = nums[-1], nums[0]
print(nums)


def bubble_sort(values):
    values = list(values)
    for i in range(len(values)):
        for j in range(len(values) - 1 - i):
            if values[j] > values[j + 1]:
                values[j], values[j + 1] = values[j + 1], values[j]
    return values


print(bubble_sort([9, 4, 7, 1, 8, 2]))


def gcd(m, n):
    while n:
        m, n = n, m % n
    return m


print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
arr = [10, 20]
arr[i], i = 99, 0
print(i, arr)
state = ("red", "green", "blue")
for _ in range(4):
    first, *others = state
    state = (*others, first)
    print(state)
