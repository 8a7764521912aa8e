x = 1
print(f"{x # the value}")
