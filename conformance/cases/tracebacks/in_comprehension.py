# Traceback format: in comprehension.
def f(x):
    return [1 / v for v in x]
f([1, 0])
