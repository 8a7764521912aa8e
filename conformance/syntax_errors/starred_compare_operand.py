def chain(a, b):
    for x in *a < b, 1:
        print(x)
