# Sleep sort: every number sleeps proportionally to its value; virtual time makes it instant.
import asyncio
import time


async def sleep_sort(values, scale=0.01):
    result = []

    async def place(v):
        await asyncio.sleep(v * scale)
        result.append(v)

    await asyncio.gather(*(place(v) for v in values))
    return result


async def main():
    data = [31, 4, 15, 92, 6, 53, 58, 97, 9, 32, 38, 46, 26, 43]
    wall = time.perf_counter()
    loop = asyncio.get_running_loop()
    start = loop.time()
    ordered = await sleep_sort(data)
    print(ordered)
    print("sorted correctly:", ordered == sorted(data))
    print("loop time spent:", round(loop.time() - start, 2))
    print("negative delays run first, in order:", await sleep_sort([3, -2, -5, 0, 1]))


asyncio.run(main())
