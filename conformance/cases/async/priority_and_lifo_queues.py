# PriorityQueue hands out the smallest item first; LifoQueue the newest.
import asyncio


async def main():
    jobs = asyncio.PriorityQueue()
    for priority, name in [(3, "cleanup"), (1, "urgent fix"), (2, "review"), (1, "hotfix")]:
        await jobs.put((priority, name))
    order = []
    while not jobs.empty():
        priority, name = await jobs.get()
        order.append(f"{priority}:{name}")
        jobs.task_done()
    print(" -> ".join(order))

    stack = asyncio.LifoQueue()
    for page in ["home", "products", "cart", "checkout"]:
        stack.put_nowait(page)
    print("back button:", [stack.get_nowait() for _ in range(stack.qsize())])

    async def worker(q, results):
        while True:
            prio, task = await q.get()
            await asyncio.sleep(0.01)
            results.append(task)
            q.task_done()

    q = asyncio.PriorityQueue()
    results = []
    w = asyncio.create_task(worker(q, results))
    for prio, task in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]:
        q.put_nowait((prio, task))
    await q.join()
    w.cancel()
    print("processed:", results)


asyncio.run(main())
