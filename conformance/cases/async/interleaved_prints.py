# Tasks that yield with sleep(0) interleave in FIFO order, as CPython's loop runs ready callbacks.
import asyncio


async def chatter(name, count):
    for i in range(count):
        print(f"{name}: step {i}")
        await asyncio.sleep(0)
    print(f"{name}: finished")
    return name.upper()


async def main():
    t1 = asyncio.create_task(chatter("alpha", 3))
    t2 = asyncio.create_task(chatter("beta", 2))
    t3 = asyncio.create_task(chatter("gamma", 4))
    print("tasks created")
    await asyncio.sleep(0)
    print("main after first yield")
    results = await asyncio.gather(t1, t2, t3)
    print("results:", results)
    print("all done:", all(t.done() for t in (t1, t2, t3)))


asyncio.run(main())
