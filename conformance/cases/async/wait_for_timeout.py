# wait_for: a result within the timeout, or TimeoutError and the inner task cancelled.
import asyncio


async def query(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return f"{name}: {seconds * 100:.0f} rows"
    except asyncio.CancelledError:
        print(f"{name}: query cancelled")
        raise


async def main():
    print(await asyncio.wait_for(query("users", 0.1), timeout=1))
    try:
        await asyncio.wait_for(query("orders", 5), timeout=0.5)
    except asyncio.TimeoutError as exc:
        print("timed out:", type(exc).__name__, exc.__cause__ is not None)
    print(await asyncio.wait_for(query("products", 0.2), timeout=None))

    task = asyncio.create_task(query("reports", 2))
    try:
        await asyncio.wait_for(task, 0.25)
    except TimeoutError:
        print("reports task cancelled:", task.cancelled())

    done = asyncio.create_task(query("cached", 0))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(done, timeout=0))
    print("TimeoutError is the builtin:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
