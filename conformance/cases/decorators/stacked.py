# Stacked decorators apply bottom-up at definition time and run top-down at call time.
order = []


def announce(label):
    def decorator(fn):
        order.append(f"decorating {fn.__name__} with {label}")

        def wrapper(*args):
            print(f"  enter {label}")
            result = fn(*args)
            print(f"  exit {label}")
            return f"{label}({result})"

        wrapper.__name__ = f"{label}_{fn.__name__}"
        return wrapper

    return decorator


@announce("outer")
@announce("middle")
@announce("inner")
def core(x):
    print("  core runs with", x)
    return x * 2


print(order)
print(core(21))
print(core.__name__)


def twice(fn):
    return lambda *a: fn(fn(*a))


def plus_one(fn):
    return lambda x: fn(x) + 1


@twice
@plus_one
def half(x):
    return x // 2


@plus_one
@twice
def half2(x):
    return x // 2


print(half(20), half2(20))
manual = announce("a")(announce("b")(lambda y: y))
print(order[-2:], manual(5))
