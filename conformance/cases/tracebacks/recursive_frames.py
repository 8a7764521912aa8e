# Traceback format: recursive frames.
def g(n):
    if n == 0:
        raise ValueError("bottom")
    g(n - 1)
g(5)
