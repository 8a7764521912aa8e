# One huge print (within the memory limit, over the output limit).
s = 'x' * (20 * 2**20)
print(s)
