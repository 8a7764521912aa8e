# A suppressing context manager: __exit__ returning True swallows chosen exception types.
class suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught = exc
            print(f"  suppressed {exc_type.__name__}: {exc}")
            return True
        return False


config = {"a": "1", "b": "x"}
values = {}
for key in ["a", "b", "c"]:
    with suppress(KeyError, ValueError) as s:
        values[key] = int(config[key])
        print(f"  parsed {key}")
    print(key, "->", values.get(key), "| caught:", repr(s.caught))
with suppress(ZeroDivisionError):
    ratio = 1 / 0
    print("not reached")
print("after suppressed division")


class Falsy:
    def __enter__(self):
        pass

    def __exit__(self, *args):
        return 0


try:
    with Falsy():
        raise LookupError("falsy exit does not suppress")
except LookupError as e:
    print("LookupError:", e)


def first_line(text):
    with suppress(IndexError):
        return text.splitlines()[0]
    return "<empty>"


print(first_line("hello\nworld"), first_line(""))
try:
    with suppress(KeyError):
        int("not a number")
except ValueError as exc:
    print("ValueError:", exc)
