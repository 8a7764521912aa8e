# A string doubling until it is huge.
s = 'x'
while True:
    s = s + s
