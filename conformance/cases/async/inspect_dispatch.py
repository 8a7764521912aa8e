import asyncio
import inspect


class Registry:
    def __init__(self):
        self.commands = {}

    def command(self, func):
        self.commands[func.__name__] = func
        return func

    def describe(self):
        for name, func in sorted(self.commands.items()):
            kind = "async" if inspect.iscoroutinefunction(func) else "sync"
            print(f"{name}{inspect.signature(func)} [{kind}]")

    async def call(self, name, *args, **kwargs):
        func = self.commands[name]
        sig = inspect.signature(func)
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return f"{name}: bad arguments ({e})"
        bound.apply_defaults()
        result = func(*bound.args, **bound.kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result


registry = Registry()


@registry.command
def add(a: int, b: int = 0) -> int:
    return a + b


@registry.command
async def fetch(url: str, *, retries: int = 2, timeout: float = 0.5) -> str:
    for attempt in range(retries):
        await asyncio.sleep(timeout)
    return f"{url} after {retries} tries"


@registry.command
async def fan_out(*urls, limit=2):
    results = await asyncio.gather(*[fetch(u, retries=1) for u in urls[:limit]])
    return results


async def main():
    registry.describe()
    print(await registry.call("add", 2, b=3))
    print(await registry.call("add"))
    print(await registry.call("fetch", "a.example", retries=3))
    print(await registry.call("fetch", "b.example", 4))
    print(await registry.call("fan_out", "x", "y", "z"))
    start = asyncio.get_running_loop().time()
    await registry.call("fan_out", "p", "q", limit=5)
    print("elapsed", round(asyncio.get_running_loop().time() - start, 1))
    members = inspect.getmembers(registry, inspect.ismethod)
    print([name for name, _ in members])


asyncio.run(main())
