# contextlib helpers around a tiny resource manager: contextmanager, suppress, ExitStack, redirect_stdout.
import io
from contextlib import ExitStack, closing, contextmanager, nullcontext, redirect_stdout, suppress

events = []


@contextmanager
def opened(name):
    events.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        events.append(f"handled {e}")
    finally:
        events.append(f"close {name}")


with opened("a") as handle:
    events.append(f"use {handle}")
with opened("b"):
    raise KeyError("missing")
try:
    with opened("c"):
        raise ValueError("bad value")
except ValueError as e:
    events.append(f"escaped {e}")
print(events)

with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("after suppress")

buffer = io.StringIO()
with redirect_stdout(buffer):
    print("hidden line 1")
    print("hidden", "line", 2, sep="-")
print("captured:", buffer.getvalue().splitlines())


class Connection:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Connection("db")) as conn:
    print("querying", conn.name)

with ExitStack() as stack:
    names = [stack.enter_context(opened(n)) for n in ("x", "y")]
    stack.callback(print, "callback ran")
    print("inside stack", names)
print(events[-4:])


def maybe_lock(use_lock):
    return opened("lock") if use_lock else nullcontext("no lock")


for flag in (True, False):
    with maybe_lock(flag) as value:
        print("got", value)

out = io.StringIO()
out.write("alpha\n")
out.writelines(["beta\n", "gamma"])
out.seek(0)
print(out.readline().strip(), out.read().split(), out.tell())
