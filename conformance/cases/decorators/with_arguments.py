# Decorators that take arguments: repeat(n), tag(name), and a bounds-checking decorator factory.
def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]

        return wrapper

    return decorator


def tag(name, **attrs):
    extra = "".join(f' {k}="{v}"' for k, v in attrs.items())

    def decorator(fn):
        def wrapper(*args):
            return f"<{name}{extra}>{fn(*args)}</{name}>"

        return wrapper

    return decorator


def bounded(low, high):
    def decorator(fn):
        def wrapper(x):
            if not low <= x <= high:
                raise ValueError(f"{fn.__name__}: {x} outside [{low}, {high}]")
            return fn(x)

        return wrapper

    return decorator


@repeat(3)
def roll():
    roll.state = (roll.state * 7 + 3) % 11
    return roll.state


roll.state = 1


@tag("b")
@tag("a", href="/home", title="Home")
def link(text):
    return text.upper()


@bounded(0, 100)
def percent(x):
    return f"{x}%"


print(roll(), roll())
print(link("go home"))
print(percent(42), percent(0), percent(100))
square_all = repeat(2)(lambda x: x * x)
print(square_all(9))
try:
    print(percent(101))
except ValueError as exc:
    print("ValueError:", exc)
