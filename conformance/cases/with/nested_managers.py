# Several managers in one with statement: entered left to right, exited right to left, even on error.
class Resource:
    def __init__(self, name, fail_on_enter=False):
        self.name = name
        self.fail_on_enter = fail_on_enter

    def __enter__(self):
        if self.fail_on_enter:
            raise OSError(f"cannot open {self.name}")
        print(f"  open {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"  close {self.name}" + (f" (during {exc_type.__name__})" if exc_type else ""))


with Resource("db") as db, Resource("cache") as cache, Resource("log") as log:
    print("  using", db, cache, log)
try:
    with Resource("a"), Resource("b"):
        raise ValueError("in body")
except ValueError as e:
    print("caught", e)
try:
    with Resource("first"), Resource("second", fail_on_enter=True), Resource("third"):
        print("  body never runs")
except OSError as e:
    print("caught", e)
with (
    Resource("x") as x,
    Resource("y") as y,
):
    print("  parenthesized", x, y)
with Resource("outer") as o:
    with Resource("inner") as i:
        print("  nested", o, i)
        raise KeyError("deep")
