# == between two lists nested 10**5 deep.
def deep(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

deep(100000) == deep(100000)
