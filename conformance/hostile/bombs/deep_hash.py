# hash of a tuple nested 10**5 deep.
x = ()
for _ in range(100000):
    x = (x,)
hash(x)
