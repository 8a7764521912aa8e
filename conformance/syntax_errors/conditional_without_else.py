count = 3
label = "many" if count > 1
print(label)
