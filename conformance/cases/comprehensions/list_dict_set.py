# Comprehensions with filters, nesting, conditional expressions and walrus.
nums = range(1, 21)
print([n * n for n in nums if n % 3 == 0])
print([("even" if n % 2 == 0 else "odd") for n in range(5)])
print({n: n ** 3 for n in range(5) if n})
print({c.lower() for c in "Mississippi" if c.isalpha()} == set("misp"))
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [x for row in matrix for x in row if x % 2])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w: len(w) for w in words}.get("kayak"))
values = [4, 9, 16, 25]
print([root for v in values if (root := int(v ** 0.5)) % 2 == 0])
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, sum(x for x in range(10)), any(w.startswith("p") for w in words))
print([[y for y in range(x)] for x in range(4)])
print([1 / x for x in [1, 2, 0]])
