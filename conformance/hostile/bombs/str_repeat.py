# Allocation bomb: a 1 TB string.
s = 'x' * 10**12
