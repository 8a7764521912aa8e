try:
    value = int("3")
print(value)
