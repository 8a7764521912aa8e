# Polling a queue with a timeout: wait_for(queue.get()) and idle detection.
import asyncio


async def sender(q):
    for delay, msg in [(0.1, "hello"), (0.2, "how are you"), (1.5, "still there?")]:
        await asyncio.sleep(delay)
        await q.put(msg)


async def receiver(q):
    idle_rounds = 0
    received = []
    while idle_rounds < 2:
        try:
            msg = await asyncio.wait_for(q.get(), timeout=0.5)
            received.append(msg)
            idle_rounds = 0
            print("received:", msg)
        except asyncio.TimeoutError:
            idle_rounds += 1
            print("idle", idle_rounds)
    return received


async def main():
    q = asyncio.Queue()
    s = asyncio.create_task(sender(q))
    got = await receiver(q)
    print("got", got, "left in queue:", q.qsize())
    await s
    print("left after sender finished:", q.qsize(), q.get_nowait())


asyncio.run(main())
