# list(range(10**12)).
xs = list(range(10**12))
