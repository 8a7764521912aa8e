# asyncio: coroutines, gather order, tasks, async for/with, and an error from a task.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


class Session:
    async def __aenter__(self):
        print("open session")
        return self

    async def __aexit__(self, *exc):
        print("close session")


async def main():
    results = await asyncio.gather(fetch("b", 0.02), fetch("a", 0.01), fetch("c", 0))
    print(results)
    task = asyncio.create_task(fetch("task", 0))
    print(await task, task.done())
    async with Session() as s:
        print("using", type(s).__name__)
    print([i async for i in ticker(3)])
    async for i in ticker(2):
        print("tick", i)
    try:
        await asyncio.gather(fetch("ok", 0), fail())
    except ConnectionError as exc:
        print("gather failed:", exc)
    return "main done"


async def fail():
    raise ConnectionError("upstream unavailable")


print(asyncio.run(main()))
