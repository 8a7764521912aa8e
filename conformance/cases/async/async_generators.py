# Async generators: async for, awaits between yields, early break, asend/athrow/aclose.
import asyncio


async def ticker(limit, delay=0.01):
    """Yield 0..limit-1, pausing between values."""
    for i in range(limit):
        await asyncio.sleep(delay)
        yield i


async def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


async def guarded():
    try:
        yield "first"
        yield "second"
    except ValueError as exc:
        print("generator caught:", exc)
        yield "recovered"
    finally:
        print("guarded cleanup")


async def main():
    async for n in ticker(3):
        print("tick", n)
    squares = [n * n async for n in ticker(5)]
    print("squares:", squares)

    avg = running_average()
    print(await avg.asend(None))
    for v in [10, 20, 60]:
        print("average:", await avg.asend(v))
    await avg.aclose()

    g = guarded()
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad input")))
    await g.aclose()
    print("after aclose")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after close")

    print(type(ticker(1)).__name__, type(ticker.__name__).__name__)


asyncio.run(main())
