items = [
    "apple",
    "banana",

def count():
    return len(items)
