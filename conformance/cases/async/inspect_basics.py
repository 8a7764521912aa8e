import asyncio
import functools
import inspect


def plain(a, b=2, *args, c, d=4, **kwargs) -> int:
    """Add things.

    Extra indented
      lines here.
    """
    return a + b


async def fetch(url: str, timeout: float = 1.5) -> dict:
    await asyncio.sleep(0)
    return {}


def numbers(n):
    yield from range(n)


async def stream(n):
    for i in range(n):
        yield i


class Service:
    """A service."""

    def __init__(self, name, *, retries=3):
        self.name = name

    def run(self, job, /, priority=0):
        return job

    async def poll(self):
        return None


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def decorated(x, y=10):
    return x + y


for obj in [plain, fetch, numbers, stream, Service, Service().run if False else Service("s").run,
            Service("s").poll, len, 3, inspect]:
    name = getattr(obj, "__name__", repr(obj))
    flags = [pred.__name__ for pred in (inspect.isfunction, inspect.ismethod, inspect.isclass,
                                         inspect.isbuiltin, inspect.ismodule,
                                         inspect.iscoroutinefunction, inspect.isgeneratorfunction,
                                         inspect.isasyncgenfunction, inspect.isroutine)
             if pred(obj)]
    print(f"{name:10} {flags}")

for f in [plain, fetch, numbers, Service, Service("x").run, decorated, functools.partial(plain, 1, c=3)]:
    sig = inspect.signature(f)
    print(getattr(f, "__name__", "partial"), sig)
    for p in sig.parameters.values():
        print("   ", p.name, p.kind, p.kind.description,
              "required" if p.default is inspect.Parameter.empty else repr(p.default))

coro = fetch("x")
print(inspect.iscoroutine(coro), inspect.isawaitable(coro), inspect.isgenerator(numbers(2)),
      inspect.isasyncgen(stream(1)), inspect.isawaitable(3))
coro.close()

sig = inspect.signature(plain)
bound = sig.bind(1, c=5, extra=True)
print(bound)
bound.apply_defaults()
print(bound.arguments, bound.args, bound.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)

print(inspect.getdoc(plain))
print(inspect.getdoc(Service.run))
print([name for name, _ in inspect.getmembers(Service, inspect.isfunction)])
print(str(inspect.signature(lambda *, key=None: key)))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
