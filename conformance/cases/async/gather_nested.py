# gather of gathers, tasks mixed with coroutines, and the same awaitable passed twice.
import asyncio


async def square(n):
    await asyncio.sleep(0.01 * (5 - n))
    return n * n


async def main():
    inner1 = asyncio.gather(square(1), square(2))
    inner2 = asyncio.gather(square(3), square(4))
    print(await asyncio.gather(inner1, inner2, square(0)))

    task = asyncio.create_task(square(3))
    print(await asyncio.gather(task, task, square(2)))

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.05, fut.set_result, "future value")
    print(await asyncio.gather(fut, square(1), asyncio.sleep(0.02, result="slept")))

    matrix = await asyncio.gather(*(asyncio.gather(*(square(c) for c in range(r))) for r in range(4)))
    print(matrix)


asyncio.run(main())
