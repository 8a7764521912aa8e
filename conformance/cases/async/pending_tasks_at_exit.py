# When main() returns, asyncio.run cancels the tasks still pending; their cleanup runs.
import asyncio

stopped = []


async def background(name, period):
    ticks = 0
    try:
        while True:
            await asyncio.sleep(period)
            ticks += 1
            print(f"{name} tick {ticks}")
    finally:
        stopped.append(f"{name} stopped after {ticks} ticks")


async def quick():
    await asyncio.sleep(0.05)
    print("quick finished")


async def main():
    asyncio.create_task(background("heartbeat", 0.2))
    asyncio.create_task(background("metrics", 0.3))
    asyncio.create_task(quick())
    await asyncio.sleep(0.7)
    print("main returns with", len(asyncio.all_tasks()) - 1, "other tasks alive")
    return "bye"


print(asyncio.run(main()))
print(sorted(stopped))
