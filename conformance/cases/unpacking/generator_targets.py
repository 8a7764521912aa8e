# Unpacking generators and user iterables: lazily, stopping at the first value too many.
def gen(n):
    for i in range(n):
        print('y', i)
        yield i
def forever():
    i = 0
    while True:
        yield i
        i += 1
a, b = gen(2)
first, *mid, last = gen(4)
print(a, b, first, mid, last)
try:
    x, y = forever()
except ValueError as e:
    print(e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print(e)
class P:
    def __iter__(self):
        yield 1
        yield 2
p, q = P()
print(p, q, [*gen(2)], [*P(), *P()])
