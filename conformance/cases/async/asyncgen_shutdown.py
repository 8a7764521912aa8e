import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield f"{name}-{i}"
    finally:
        print(f"{name}: cleanup")


async def reader(stream, limit):
    got = []
    async for item in stream:
        got.append(item)
        if len(got) == limit:
            break
    return got


class Pump:
    def __init__(self):
        self.streams = []

    def open(self, name, n):
        stream = ticker(name, n)
        self.streams.append(stream)
        return stream


async def main():
    pump = Pump()
    first = await reader(pump.open("alpha", 5), 2)
    print("first:", first)
    second = await reader(pump.open("beta", 2), 10)
    print("second:", second)
    third = await reader(pump.open("gamma", 4), 1)
    print("third:", third)
    # CPython finalises the generators still open at shutdown in weak-set (address)
    # order: close all but one explicitly so the output does not depend on it.
    await pump.streams[0].aclose()
    unused = pump.open("delta", 3)
    print("main done, streams:", len(pump.streams))
    return pump


pump = asyncio.run(main())
print("after run")


async def broken():
    try:
        yield 1
    finally:
        raise ValueError("close failed")


async def main2():
    global keep
    keep = broken()
    print(await keep.__anext__())


loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda l, ctx: print("handler:", ctx["message"].split(" <")[0], repr(ctx["exception"])))
loop.run_until_complete(main2())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("done")
