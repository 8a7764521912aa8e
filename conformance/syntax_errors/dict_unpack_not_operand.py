def merge(a, b):
    return {**a, **not b}
