[first, second]: int = 1, 2
