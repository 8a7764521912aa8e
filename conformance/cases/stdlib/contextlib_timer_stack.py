# Context managers written as classes and generators: a fake timer, a temp-dir manager, nesting.
import contextlib
import os
import shutil


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def tick(self, dt):
        self.now += dt


clock = FakeClock()


class Timer(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        self.start = clock.now
        return self

    def __exit__(self, *exc):
        self.elapsed = clock.now - self.start
        print(f"[{self.label}] {self.elapsed:.2f}s{' (failed)' if exc[0] else ''}")
        return False


@Timer("decorated")
def work(n):
    clock.tick(n * 0.5)
    return n * 2


@contextlib.contextmanager
def temp_dir(name):
    os.makedirs(name)
    try:
        yield name
    finally:
        shutil.rmtree(name)
        print("removed", name, os.path.exists(name))


print(work(3))
with Timer("block") as t:
    clock.tick(1.25)
print(round(t.elapsed, 2))
with temp_dir("scratch") as d, Timer("files"):
    for i in range(3):
        with open(os.path.join(d, f"f{i}.txt"), "w") as fh:
            fh.write(str(i))
        clock.tick(0.1)
    print(sorted(os.listdir(d)))
try:
    with Timer("boom"):
        clock.tick(2)
        raise KeyError("missing")
except KeyError as e:
    print("caught", e)
with contextlib.ExitStack() as stack:
    timers = [stack.enter_context(Timer(f"t{i}")) for i in range(2)]
    clock.tick(0.5)
    stack.callback(print, "cleanup first")


@contextlib.contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__)


with swallow(ZeroDivisionError, ValueError):
    1 / 0
with swallow(ValueError):
    int("nope")
print(contextlib.suppress(KeyError).__class__.__name__, isinstance(Timer("x"), contextlib.AbstractContextManager))
with swallow(TypeError):
    [1, 2][5]
