"""Assignment forms: chained, unpacking, augmented, annotated, starred."""
x = y = z = 0
a, b = b, a
(c, d), [e, f] = (1, 2), [3, 4]
first, *middle, last = range(10)
[*head, tail] = "abc"
obj.attr = value
obj.items[key] = obj.items.get(key, 0) + 1
x += 1
x -= 1
x *= 2
x /= 2
x //= 3
x %= 4
x **= 2
x @= m
x &= 1
x |= 2
x ^= 3
x <<= 1
x >>= 1
count: int
total: float = 0.0
(paren): int = 1
obj.field: str = "v"
items[0]: list = []
values: dict[str, list[int]] = {}
