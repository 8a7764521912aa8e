# Sleep sort: every number sleeps proportionally to its value; virtual time makes it instant.
import asyncio
import time


async def sleep_sort(values, scale=0.02):
    result = []

    async def place(v):
        await asyncio.sleep(v * scale)
        result.append(v)

    await asyncio.gather(*(place(v) for v in values))
    return result


async def main():
    data = [31, 4, 15, 92, 7, 53, 58, 97, 10, 36, 46, 26, 42, 19]
    wall = time.perf_counter()
    loop = asyncio.get_running_loop()
    start = loop.time()
    ordered = await sleep_sort(data)
    print(ordered)
    print("sorted correctly:", ordered == sorted(data))
    print("loop time about the longest sleep:", abs(loop.time() - start - max(data) * 0.02) < 0.2)
    print("negative delays run first, in order:", await sleep_sort([3, -2, -5, 0, 1]))


asyncio.run(main())
