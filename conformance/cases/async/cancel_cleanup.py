# Cancelling a task raises CancelledError inside it; finally blocks run; the awaiter sees it too.
import asyncio


async def download(name, chunks):
    received = 0
    try:
        for i in range(chunks):
            await asyncio.sleep(0.1)
            received += 1
            print(f"{name}: chunk {i + 1}/{chunks}")
        return received
    except asyncio.CancelledError:
        print(f"{name}: cancelled after {received} chunks")
        raise
    finally:
        print(f"{name}: closing connection")


async def main():
    task = asyncio.create_task(download("big.iso", 10))
    await asyncio.sleep(0.35)
    print("cancel requested:", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main saw the cancellation")
    print("cancelled:", task.cancelled(), "done:", task.done())
    print("second cancel:", task.cancel())

    small = asyncio.create_task(download("small.txt", 2))
    print("small result:", await small)
    print("cancel after finish:", small.cancel(), small.cancelled())
    try:
        task.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises CancelledError")


asyncio.run(main())
