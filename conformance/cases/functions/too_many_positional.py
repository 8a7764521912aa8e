# TypeError messages for too many positional arguments in functions, defaults, methods and lambdas.
def no_args():
    return "none"


def one_arg(a):
    return a


def with_default(a, b=2):
    return a + b


def kw_after(a, *, b=1):
    return a, b


class Timer:
    def start(self):
        return "started"

    @staticmethod
    def tick(n):
        return n


tests = [
    lambda: no_args(1),
    lambda: one_arg(1, 2),
    lambda: with_default(1, 2, 3),
    lambda: kw_after(1, 2),
    lambda: Timer().start(1),
    lambda: Timer.tick(1, 2),
    lambda: (lambda x: x)(1, 2),
    lambda: with_default(1, 2, 3, b=4),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
print(no_args(), one_arg(5), with_default(1), kw_after(0, b=9), Timer().start(), Timer.tick(3))
try:
    with_default(*range(4))
except TypeError as exc:
    print("TypeError:", exc)
