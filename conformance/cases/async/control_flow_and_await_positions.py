# async with / async for with continue, break and return; await in every kind of expression.
import asyncio
# return inside async with inside async for; break/continue in async for with async with
class CM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        print("enter", self.n); return self.n
    async def __aexit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None); return False
async def agen():
    for i in range(5):
        await asyncio.sleep(0)
        yield i
async def f():
    async for i in agen():
        async with CM(i) as n:
            if n == 1:
                continue
            if n == 3:
                return "returned at 3"
            print("body", n)
async def g():
    try:
        async with CM("g"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", e)
    async with CM("h"):
        try:
            await asyncio.sleep(0)
            1/0
        except ZeroDivisionError:
            print("zde inside")
    for i in range(3):
        async with CM(f"loop{i}"):
            if i == 1:
                break
    while True:
        async for x in agen():
            if x == 2:
                break
        else:
            print("no")
        break
    return [i async for i in agen() if i % 2] + [await asyncio.sleep(0, 7)]
async def h():
    # await in various expression positions
    d = {await asyncio.sleep(0, "k"): await asyncio.sleep(0, "v")}
    s = f"{await asyncio.sleep(0, 'fs')}-{(await asyncio.sleep(0, 3)) * 2}"
    t = (await asyncio.sleep(0, 1)) + (await asyncio.sleep(0, 2))
    l = [await asyncio.sleep(0, i) for i in range(3)]
    cond = "yes" if await asyncio.sleep(0, True) else "no"
    x = await asyncio.sleep(0, [1, 2, 3])
    a, *b = await asyncio.sleep(0, x)
    return d, s, t, l, cond, a, b, await asyncio.sleep(0, None) or "fallback"
async def main():
    print(await f())
    print(await g())
    print(await h())
asyncio.run(main())
