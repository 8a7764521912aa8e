# StopIteration rules: return value becomes StopIteration.value; raising it inside a generator is a RuntimeError.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(list(countdown(3)), next(countdown(0), "default"))


def manual_loop(iterable):
    it = iter(iterable)
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


print(manual_loop("abc"), manual_loop([]))


def first_of_each(lists):
    for lst in lists:
        it = iter(lst)
        yield next(it)


print(list(first_of_each([[1, 2], [3]])))
try:
    print(list(first_of_each([[1], [], [2]])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def explicit_stop():
    yield 1
    raise StopIteration("manual")


list(explicit_stop())
