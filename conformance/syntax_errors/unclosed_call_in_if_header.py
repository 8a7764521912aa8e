def check(f, g, x):
    if f(g(x):
        return True
    return False
