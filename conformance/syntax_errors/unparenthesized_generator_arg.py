data = [1, 2, 3]
print(sum(x * x for x in data, 10))
