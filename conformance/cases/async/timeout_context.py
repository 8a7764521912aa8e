# asyncio.timeout (3.11): TimeoutError at the block's end, expired(), reschedule, timeout_at.
import asyncio


async def slow_step(label, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{label} completed")
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise


async def main():
    try:
        async with asyncio.timeout(0.5) as cm:
            await slow_step("step 1", 0.2)
            await slow_step("step 2", 0.2)
            await slow_step("step 3", 0.2)
    except TimeoutError:
        print("block timed out, expired:", cm.expired())

    async with asyncio.timeout(1) as cm:
        await slow_step("quick", 0.1)
    print("not expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        loop = asyncio.get_running_loop()
        cm.reschedule(loop.time() + 0.3)
        try:
            await slow_step("rescheduled", 1)
        except asyncio.CancelledError:
            print("never here: the timeout turns it into TimeoutError at exit")
            raise
    print("unreachable")


try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError escaped asyncio.run")
