items = list(range(10))
head = items[n := 3 : 6]
