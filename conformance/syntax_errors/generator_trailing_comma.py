def count(items):
    return len(items)

total = count(x for x in range(10),)
