def build(**options, name):
    return name
