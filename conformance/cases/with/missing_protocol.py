# Using objects without the context manager protocol in with raises TypeError before the body runs.
class OnlyEnter:
    def __enter__(self):
        return self


class Proper:
    def __enter__(self):
        return "proper"

    def __exit__(self, *args):
        return False


with Proper() as p:
    print(p)
for candidate in [OnlyEnter(), 42, "text", None]:
    try:
        with candidate:
            print("body ran")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Bound:
    def __init__(self):
        self.__enter__ = lambda: "instance attribute"
        self.__exit__ = lambda *a: None


try:
    with Bound() as b:
        print(b)
except TypeError as e:
    print("TypeError:", e)
try:
    with len:
        pass
except TypeError as exc:
    print("TypeError:", exc)
