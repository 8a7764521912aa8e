# shield() protects an inner task from the outer cancellation.
import asyncio


async def save_to_disk(data, log):
    await asyncio.sleep(0.3)
    log.append(f"saved {data}")
    return len(data)


async def handler(log):
    task = asyncio.create_task(save_to_disk("important", log))
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        log.append("handler cancelled, save continues")
        raise


async def main():
    log = []
    h = asyncio.create_task(handler(log))
    await asyncio.sleep(0.1)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        log.append("main: handler is cancelled")
    await asyncio.sleep(0.5)
    for line in log:
        print(line)

    try:
        result = await asyncio.wait_for(asyncio.shield(save_to_disk("report", log)), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out, but the shielded save keeps going")
    await asyncio.sleep(0.5)
    print(log[-1])


asyncio.run(main())
