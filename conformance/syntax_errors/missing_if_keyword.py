value = None
value is None:
    value = 0
