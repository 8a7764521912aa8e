# Catching RecursionError and recursing again, forever.
def f():
    try:
        f()
    except RecursionError:
        f()

f()
