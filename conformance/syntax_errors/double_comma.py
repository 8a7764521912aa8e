point = (1, 2,, 3)
