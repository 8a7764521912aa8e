# Cancelling a task inside async with + async for: __aexit__, aclose() and finally blocks that
# await still run; an exception unwinding a chain of awaits; deep await recursion.
import asyncio
# exceptions thrown into nested awaits; cancellation inside async with / async for / finally with await
log = []
class Res:
    async def __aenter__(self):
        log.append("acquire"); await asyncio.sleep(0); return self
    async def __aexit__(self, t, v, tb):
        log.append(f"release {t.__name__ if t else None}")
        await asyncio.sleep(0.01)
        log.append("released")
async def ticks():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.1)
            yield i
            i += 1
    finally:
        log.append("ticks finally")
        await asyncio.sleep(0)
        log.append("ticks finally after await")
async def worker():
    async with Res():
        gen = ticks()
        try:
            async for t in gen:
                log.append(f"tick {t}")
        finally:
            await gen.aclose()
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.25)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("worker cancelled")
    print("\n".join(log))
    # deep chain of awaits, with exception going up through several frames
    async def level(n):
        if n == 0:
            await asyncio.sleep(0)
            raise LookupError("bottom")
        try:
            return await level(n - 1)
        finally:
            print("unwind", n)
    try:
        await level(4)
    except LookupError as e:
        print("top got", e)
    # recursion depth of awaits
    async def depth(n):
        return 0 if n == 0 else 1 + await depth(n - 1)
    print(await depth(200))
asyncio.run(main())
