class Inventory:
    items = [1, 2, 3]
    doubled = [last := item * 2 for item in items]
