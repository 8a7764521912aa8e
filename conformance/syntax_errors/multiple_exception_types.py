try:
    int("x")
except ValueError, TypeError:
    pass
