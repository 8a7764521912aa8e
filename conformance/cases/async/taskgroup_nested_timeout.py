# A TaskGroup inside asyncio.timeout: the deadline cancels every task in the group.
import asyncio


async def stage(name, seconds, log):
    try:
        await asyncio.sleep(seconds)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def batch(name, seconds_list, log):
    async with asyncio.TaskGroup() as tg:
        for i, s in enumerate(seconds_list):
            tg.create_task(stage(f"{name}.{i}", s, log))
    log.append(f"batch {name} complete")


async def main():
    log = []
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(batch("A", [0.1, 0.2], log))
                tg.create_task(batch("B", [0.3, 0.9], log))
                tg.create_task(stage("solo", 2, log))
    except TimeoutError:
        log.append("deadline hit")
    for line in log:
        print(line)

    log.clear()
    async with asyncio.timeout(1):
        await batch("C", [0.1, 0.2, 0.3], log)
    print(log)


asyncio.run(main())
