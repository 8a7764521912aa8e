# A dict growing forever.
d = {}
i = 0
while True:
    d[i] = str(i)
    i += 1
