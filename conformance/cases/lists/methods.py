# List methods and their return values.
items = [3, 1, 4, 1, 5, 9, 2, 6]
items.append(5)
items.extend([3, 5])
items.insert(0, 8)
print(items, len(items))
print(items.pop(), items.pop(0), items.index(5), items.count(1))
items.remove(1)
print(items)
items.reverse()
print(items)
copy = items.copy()
copy.clear()
print(copy, items)
print(items + [0], items * 2, [[0] * 3] * 2)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if token == "+" else a * b)
print(stack)
print(list(range(5)), list("abc"), list((1, 2)), [] == list())
print(max(items), min(items), sum(items), sorted(items, reverse=True))
items.remove(42)
