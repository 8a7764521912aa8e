items = [1, 2]
del 1
