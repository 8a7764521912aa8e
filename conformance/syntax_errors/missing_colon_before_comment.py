x = 3
if x > 2  # check size
    print(x)
