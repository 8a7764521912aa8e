# Allocation bomb: a list of 10**9 references.
xs = [[]] * 10**9
