# Recursion through sorted(key=).
def key(x):
    return sorted([1, 2], key=key)

sorted([1, 2], key=key)
