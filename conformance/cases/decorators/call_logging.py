# A logging decorator that prints calls, arguments, results and exceptions, preserving metadata.
depth = 0


def logged(fn):
    def wrapper(*args, **kwargs):
        global depth
        shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"{'  ' * depth}-> {fn.__name__}({', '.join(shown)})")
        depth += 1
        try:
            result = fn(*args, **kwargs)
        except Exception as e:
            depth -= 1
            print(f"{'  ' * depth}!! {fn.__name__} raised {type(e).__name__}: {e}")
            raise
        depth -= 1
        print(f"{'  ' * depth}<- {fn.__name__} = {result!r}")
        return result

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


@logged
def factorial(n):
    """n! computed recursively."""
    return 1 if n <= 1 else n * factorial(n - 1)


@logged
def greet(name, *, punctuation="!"):
    return f"hi {name}{punctuation}"


factorial(4)
greet("ann", punctuation="?")
print(factorial.__name__, factorial.__doc__, factorial.__wrapped__(5))


@logged
def parse(text):
    return int(text)


try:
    parse("x1")
except ValueError:
    print("handled")
parse(None)
