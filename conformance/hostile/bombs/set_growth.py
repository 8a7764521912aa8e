# A set growing forever.
s = set()
i = 0
while True:
    s.add(i * 7919)
    i += 1
