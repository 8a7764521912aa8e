def total(items) -> int
    return sum(items)
