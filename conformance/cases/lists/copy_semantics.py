# Aliasing versus copying: list(), slicing, .copy(), nested shallow copies and a deep copy by hand.
original = [1, [2, 3], {"k": 4}]
alias = original
shallow1 = original[:]
shallow2 = list(original)
shallow3 = original.copy()
alias.append(5)
original[1].append(99)
original[2]["k"] = 40
print(original)
print(alias, alias is original)
print(shallow1, shallow1 is original, shallow1[1] is original[1])
print(shallow2 == shallow3, shallow2 is shallow3)


def deep_copy(value):
    if isinstance(value, list):
        return [deep_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: deep_copy(v) for k, v in value.items()}
    return value


deep = deep_copy(original)
original[1].append(100)
print(original[1], deep[1], deep == original)


def append_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_default(1), append_default(2), append_default(3, []))


def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_safe(1), append_safe(2))
rows = [[]] * 3
rows[0].append("x")
print(rows)
rows = [[] for _ in range(3)]
rows[0].append("x")
print(rows)
a = [1, 2]
b = a
a = a + [3]
print(a, b)
a = b
a += [3]
print(a, b)
