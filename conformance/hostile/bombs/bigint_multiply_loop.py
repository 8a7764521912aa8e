# Squaring a number until it is huge.
n = 3
while True:
    n = n * n
