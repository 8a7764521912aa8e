# TypeError messages for missing arguments: one, two, three names, methods and keyword-only ones.
def one(a):
    return a


def two(a, b):
    return a + b


def three(a, b, c, d=0):
    return a + b + c + d


def kwonly(*, key, value):
    return key, value


class Shape:
    def scale(self, factor, origin):
        return factor, origin


calls = [
    lambda: one(),
    lambda: two(),
    lambda: two(1),
    lambda: three(),
    lambda: three(1),
    lambda: kwonly(),
    lambda: kwonly(key=1),
    lambda: Shape().scale(),
    lambda: Shape.scale(Shape()),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(three(1, 2, 3), kwonly(value=2, key=1), Shape().scale(2, (0, 0)))
three(1, 2)
