value = 3 if True else
