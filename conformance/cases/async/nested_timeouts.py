# Nested asyncio.timeout blocks: the inner or the outer deadline fires; timeout_at; when().
import asyncio


async def work(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def attempt(inner, outer, seconds):
    try:
        async with asyncio.timeout(outer):
            try:
                async with asyncio.timeout(inner):
                    return f"finished {await work(seconds)}"
            except TimeoutError:
                return "inner timeout"
    except TimeoutError:
        return "outer timeout"


async def main():
    print(await attempt(1, 2, 0.5))
    print(await attempt(0.5, 2, 1))
    print(await attempt(2, 0.5, 1))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.3
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("deadline matches:", cm.when() == deadline)
            await work(1)
    except TimeoutError:
        print("timeout_at fired, expired:", cm.expired())
    async with asyncio.timeout(0.5) as cm:
        cm.reschedule(None)
        await work(1)
        print("rescheduled to never; when:", cm.when())


asyncio.run(main())
