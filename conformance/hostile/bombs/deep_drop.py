# Dropping a list nested 10**6 deep (a recursive destructor would overflow the stack).
x = []
for _ in range(1000000):
    x = [x]
x = None
print('dropped')
