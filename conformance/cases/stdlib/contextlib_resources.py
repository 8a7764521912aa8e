# Managing resources with contextlib: ExitStack, suppress, redirect_stdout, contextmanager, closing.
import contextlib
import io
from contextlib import ExitStack, closing, contextmanager, nullcontext, redirect_stdout, suppress


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False

    def close(self):
        self.log.append(f"closed {self.name}")


log = []
with ExitStack() as stack:
    files = [stack.enter_context(Resource(f"f{i}", log)) for i in range(3)]
    stack.callback(log.append, "callback ran")
    log.append(f"using {len(files)}")
print(log)

log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("a", log))
        stack.enter_context(Resource("b", log))
        raise RuntimeError("boom")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)

log.clear()
with ExitStack() as outer:
    outer.enter_context(Resource("kept", log))
    moved = outer.pop_all()
log.append("outer done")
moved.close()
print(log)


@contextmanager
def transaction(name):
    print(f"begin {name}")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"rollback {name}: {e}")
        raise
    else:
        print(f"commit {name}")
    finally:
        print(f"end {name}")


with transaction("t1") as t:
    print("inside", t)
with suppress(ValueError):
    with transaction("t2"):
        raise ValueError("bad row")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print(repr(buf.getvalue()))
with closing(Resource("c", log)) as r:
    pass
print(log[-1])
with nullcontext(5) as v:
    print(v)


@contextmanager
def broken():
    yield
    yield


try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
with transaction("t3"):
    int("x")
