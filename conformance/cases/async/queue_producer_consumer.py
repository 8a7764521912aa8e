# A bounded Queue between a fast producer and two slower consumers; join() waits for task_done.
import asyncio

COST = {"a": 0.11, "bb": 0.23, "c": 0.07, "dddd": 0.31, "ee": 0.13, "f": 0.05}


async def producer(queue, items):
    for item in items:
        await queue.put(item)
        print(f"produced {item} (size {queue.qsize()})")
    print("producer done")


async def consumer(name, queue, handled):
    while True:
        item = await queue.get()
        await asyncio.sleep(COST[item])
        handled.append((name, item))
        print(f"{name} handled {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    handled = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, handled)) for i in range(2)]
    await producer(queue, ["a", "bb", "c", "dddd", "ee", "f"])
    await queue.join()
    print("queue drained:", queue.empty(), "full:", queue.full())
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(sorted(item for _, item in handled))


asyncio.run(main())
