"""Operators, precedence, comparisons, calls, subscripts and slices."""
a, b, c = 1, 2, 3
result = a + b * c - (a - b) / c // 2 % 5 ** -2 ** 2
bits = a << 2 | b >> 1 & ~c ^ 0xFF
matrix_product = m1 @ m2
chained = a < b <= c != 4 is not None
membership = a in [1, 2] and b not in {3} or not c
ternary = "yes" if a > b else "no" if b > c else "maybe"
if (n := len(data)) > 10:
    print(n)
negatives = -a, +b, -(-c)
item = grid[1][2]
cell = table[1, 2:3, ...]
window = values[::2], values[1:-1], values[:], values[a:b:c]
call = func(1, *args, key=2, **kwargs)
generator_call = sum(x * x for x in range(10))
attribute = obj.attr.method().field
starred_list = [*first, *second]
merged = {**defaults, "k": 1, **overrides}
awaitable = None
power = (-2) ** 0.5
