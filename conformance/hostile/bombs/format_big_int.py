# format(10**10**6): formatting a million-digit int.
n = 10**10**6
s = format(n)
