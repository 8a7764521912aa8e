# repr of a list nested 10**5 deep (built without recursion).
def deep(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

x = deep(100000)
repr(x)
