def collect(*first, *second):
    return first, second
