# sorted() of a list of 10**8 ints.
xs = sorted(range(10**8))
