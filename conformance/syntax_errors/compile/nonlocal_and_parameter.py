def outer(x):
    def inner(y):
        nonlocal y
    return inner
