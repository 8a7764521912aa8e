items = [1, 2]
while item = items.pop():
    print(item)
