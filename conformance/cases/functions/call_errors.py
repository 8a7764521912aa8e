# Argument binding: defaults, *args, **kwargs, keyword-only, and CPython's TypeError messages.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, z=9, y=8))
print(f(*[1, 2, 3], **{"c": 0, "q": 1}))

def g(x, y, /, z):
    return x + y + z

print(g(1, 2, z=3))

calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, c=3, a=4),
    lambda: g(1, 2),
    lambda: g(1, y=2, z=3),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b=1: 0)(1, 2, 3),
    lambda: (lambda *, k: k)(),
    lambda: (lambda a: a)(b=1),
    lambda: (lambda a, b, c: 0)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: [None][0](),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

try:
    Point(1)
except TypeError as e:
    print(e)
f(1, 2, 3, c=1, c2=2, a=5)
