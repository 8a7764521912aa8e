# ''.join of 10**6 strings of 1 KB.
chunk = 'x' * 1024
s = ''.join([chunk] * 10**6)
