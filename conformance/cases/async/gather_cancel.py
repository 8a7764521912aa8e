# Cancelling the future returned by gather() cancels every child still running.
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(n)
        print(f"worker {n} done")
        return n
    except asyncio.CancelledError:
        print(f"worker {n} cancelled")
        raise


async def main():
    group = asyncio.gather(worker(0.1), worker(1), worker(2))
    await asyncio.sleep(0.5)
    print("cancelling gather:", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("group cancelled:", group.cancelled())

    # A child cancelled on its own shows up as CancelledError with return_exceptions.
    t1 = asyncio.create_task(worker(0.2))
    t2 = asyncio.create_task(worker(0.3))
    both = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t2.cancel()
    print([type(r).__name__ for r in await both])


asyncio.run(main())
