def counter():
    global total
    nonlocal total
    total += 1
