# Traceback objects: __exit__'s third argument, exc.__traceback__ and sys.exc_info()[2],
# walked with tb_next to list the line of every frame an exception went through.
import sys


def tb_lines(tb):
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return lines


def inner(n):
    if n == 0:
        raise ValueError("bottom reached")
    return inner(n - 1)


def outer():
    return inner(2)


class Recorder:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.kind = None if exc_type is None else exc_type.__name__
        self.lines = tb_lines(tb)
        self.same = tb is not None and exc.__traceback__ is not None
        return True


with Recorder() as rec:
    outer()
print(rec.kind, rec.lines, rec.same)

with Recorder() as rec:
    pass
print(rec.kind, rec.lines, rec.same)

try:
    outer()
except ValueError as exc:
    tb = exc.__traceback__
    print(type(tb).__name__, tb_lines(tb), tb.tb_lineno == 44)
    info = sys.exc_info()
    print(info[0].__name__, info[1] is exc, tb_lines(info[2]))

fresh = KeyError("never raised")
print(fresh.__traceback__, repr(fresh), str(fresh))


def reraise():
    try:
        {}["missing"]
    except KeyError as exc:
        raise RuntimeError("wrapped") from exc


try:
    reraise()
except RuntimeError as exc:
    print(tb_lines(exc.__traceback__), tb_lines(exc.__cause__.__traceback__), repr(exc.__cause__))
print(sys.exc_info())
