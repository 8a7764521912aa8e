# Introspecting functions: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __module__.
def greet(name, greeting="Hello", *, punct="!"):
    """Return a greeting for name."""
    return f"{greeting}, {name}{punct}"


print(greet.__name__, greet.__qualname__, greet.__module__)
print(repr(greet.__doc__), greet.__defaults__, greet.__kwdefaults__)


class Greeter:
    def hello(self):
        """Say hello."""

        def inner():
            pass

        return inner


print(Greeter.hello.__qualname__, Greeter().hello().__qualname__, Greeter.hello.__doc__)
no_doc = lambda: None
print(no_doc.__name__, no_doc.__doc__, no_doc.__defaults__)
greet.__doc__ = "changed"
greet.version = 2
print(greet.__doc__, greet.version, sorted(k for k in greet.__dict__))


def annotated(a: int, b: str = "x") -> bool:
    return True


print(annotated.__annotations__)
renamed = greet
renamed.__name__ = "salute"
print(greet.__name__, greet("Bo"))
try:
    print(greet.missing_attribute)
except AttributeError as exc:
    print("AttributeError:", exc)
