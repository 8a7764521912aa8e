# Traceback format: key error.
items = {"a": 1}
key = "b"
print(items[key])
