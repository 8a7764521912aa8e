# If __enter__ raises, the body and __exit__ do not run; if __exit__ raises, it replaces the error.
class Guarded:
    def __init__(self, name, enter_error=None, exit_error=None):
        self.name = name
        self.enter_error = enter_error
        self.exit_error = exit_error

    def __enter__(self):
        print(f"  {self.name}.__enter__")
        if self.enter_error:
            raise self.enter_error
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  {self.name}.__exit__ sees {exc_type.__name__ if exc_type else None}")
        if self.exit_error:
            raise self.exit_error
        return False


try:
    with Guarded("a", enter_error=PermissionError("denied")):
        print("  body")
except PermissionError as e:
    print("caught", repr(e))
try:
    with Guarded("b", exit_error=RuntimeError("exit failed")):
        raise ValueError("body failed")
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
with Guarded("c"):
    print("  body of c")
with Guarded("d", exit_error=OSError("flush failed")):
    raise KeyError("body of d")
