def load():
    try:
        return 1
print(load())
