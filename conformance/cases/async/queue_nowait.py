# put_nowait/get_nowait with QueueFull/QueueEmpty, maxsize, and task_done misuse.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print(repr(q.maxsize), q.qsize(), q.empty())
    for word in ["red", "green", "blue"]:
        q.put_nowait(word)
    try:
        q.put_nowait("yellow")
    except asyncio.QueueFull:
        print("QueueFull at", q.qsize())
    print("full:", q.full())
    while not q.empty():
        print("got", q.get_nowait())
        q.task_done()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
    except ValueError as exc:
        print("ValueError:", exc)

    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print("unbounded size:", unbounded.qsize(), "full:", unbounded.full())

    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print("getter waiting:", not waiter.done())
    q.put_nowait("late")
    print("getter got:", await waiter)


asyncio.run(main())
