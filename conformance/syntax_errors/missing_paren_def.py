def greet:
    return "hi"
