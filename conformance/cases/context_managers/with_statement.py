# Context managers: classes, contextlib.contextmanager, suppression, files in the cwd.
from contextlib import contextmanager, suppress


class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


with Timer("a") as t:
    print("inside", t.label)
with Timer("b"):
    {}["missing"]
print("KeyError was suppressed")


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("div") as upper, tag("span"):
    print("content", upper)
with suppress(ZeroDivisionError):
    1 / 0
with open("notes.txt", "w") as f:
    f.write("first line\nsecond line\n")
with open("notes.txt") as f:
    print([line.rstrip() for line in f])
with open("notes.txt", "a") as f:
    print("third", file=f)
print(open("notes.txt").read().count("\n"))
with Timer("c"):
    raise ValueError("not suppressed")
