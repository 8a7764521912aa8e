# Multiple targets, unpacking, augmented assignment, walrus, del, global.
a = b = c = 0
a, b = 1, 2
a, b = b, a
print(a, b, c)

first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)

(x, y), z = (10, 20), 30
print(x, y, z)

total = 0
for value in [3, 4, 5]:
    total += value
    total *= 2
total -= 1
total //= 3
total **= 2
total %= 1000
print(total)

bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0001
bits <<= 2
bits >>= 1
print(bits, bin(bits), hex(bits), oct(bits))

data = [5, 3, 8, 1]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

numbers = list(range(10))
del numbers[2:5]
del numbers[0]
print(numbers)

counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print("counter =", counter)

info = {"name": "Ada"}
info["age"] = 36
del info["name"]
print(info)
