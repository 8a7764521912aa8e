values = [1, 2, 3]
for i in range(3):
    1 = values[i]
