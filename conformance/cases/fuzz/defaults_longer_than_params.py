# `__defaults__` may be assigned a tuple longer than the parameters: its tail
# counts, and the arity error's lower bound goes negative as in CPython.
def f(a):
    return a


def g(a, b=2, *, c):
    return a, b, c


f.__defaults__ = (1, 2, 3)
print(f(), f(10))
try:
    f(1, 2)
except TypeError as e:
    print(e)

g.__defaults__ = (7, 8, 9, 10)
print(g(c=0), g(1, c=0), g(1, 2, c=3))
try:
    g(1, 2, 3, c=4)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)

print(g(0, c=0), g(0, 0, c=0))
print(f.__defaults__, g.__defaults__, g.__kwdefaults__)


def h(x, y=1):
    return x + y


h.__defaults__ = ()
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
