# User classes with __await__, __aiter__/__anext__; coroutine.__await__ delegation.
import asyncio


class Delay:
    """An awaitable that sleeps, then returns a value."""

    def __init__(self, seconds, value):
        self.seconds, self.value = seconds, value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


class Lazy:
    """Awaiting it runs a coroutine made on demand."""

    def __init__(self, factory):
        self.factory = factory

    def __await__(self):
        return self.factory().__await__()


class Countdown:
    """An async iterator written by hand."""

    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.current -= 1
        return self.current + 1


async def compute():
    await asyncio.sleep(0.01)
    return 42


async def main():
    print(await Delay(0.1, "delayed value"))
    print(await Lazy(compute))
    print([n async for n in Countdown(3)])
    async for n in Countdown(2):
        print("countdown", n)
    results = await asyncio.gather(Delay(0.2, "b"), Delay(0.1, "a"), Lazy(compute))
    print(results)
    task = asyncio.ensure_future(Delay(0, "wrapped in a task"))
    print(type(task).__name__, await task)
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration from anext")


asyncio.run(main())
