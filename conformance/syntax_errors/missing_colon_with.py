with open("f.txt") as handle
    data = handle.read()
