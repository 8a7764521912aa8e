for i in range(2 not 6):
    pass
