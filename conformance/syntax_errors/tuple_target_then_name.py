def f():
    return 1

f(), value = 1, 2
