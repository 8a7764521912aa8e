total =
print(total)
