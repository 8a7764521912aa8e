# Tuple assignment, swaps, chained assignment with shared mutable objects.
a, b = 1, 2
a, b = b, a
print(a, b)

x = y = z = 0
x += 1
print(x, y, z)

left = right = []
left.append("shared")
print(left, right, left is right)

first, second, third = "abc"
print(first, second, third)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)

fib = [0, 1]
prev, cur = 0, 1
for _ in range(10):
    prev, cur = cur, prev + cur
    fib.append(cur)
print(fib)

data = [5, 1, 4]
data[0], data[2] = data[2], data[0]
print(data)

i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)

point = {"x": 0}
point["x"] = point["y"] = 7
print(point)

k, v = max({"a": 3, "b": 9, "c": 5}.items(), key=lambda kv: kv[1])
print(k, v)
try:
    one, two = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
