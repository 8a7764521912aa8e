# str(10**100000): CPython 3.11's 4300-digit conversion limit.
n = 10**100000
print(n.bit_length())
s = str(n)
