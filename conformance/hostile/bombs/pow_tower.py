# 10**10**10: an int of 33 billion bits.
n = 10**10**10
