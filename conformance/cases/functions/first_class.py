# Functions as values: stored in lists and dicts, passed and returned, compared, given attributes.
def double(x):
    return x * 2


def square(x):
    return x * x


def negate(x):
    return -x


pipeline = [double, square, negate]


def run(fns, value):
    for fn in fns:
        value = fn(value)
        print(f"  after {fn.__name__}: {value}")
    return value


print(run(pipeline, 3))
print(run(reversed(pipeline), 3))


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x

    return composed


inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(5), compose()(7))
table = {f.__name__: f for f in pipeline}
print(sorted(table), table["square"](12))
alias = square
print(alias is square, alias == square, alias.__name__, callable(alias), callable(5))
double.calls = 0
double.calls += 1
print(double.calls, getattr(square, "calls", "no attribute"))
print(list(map(square, range(5))), sorted([-3, 1, -2], key=negate))
apply_twice = lambda f, x: f(f(x))
print(apply_twice(double, 5), apply_twice(lambda s: s + "!", "hi"))
result = run([double, None], 1)
