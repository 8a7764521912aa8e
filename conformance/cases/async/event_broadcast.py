# One Event wakes every waiter; clear() makes later waiters block again.
import asyncio


async def runner(name, start_signal, results):
    print(f"{name} ready")
    await start_signal.wait()
    await asyncio.sleep(0.1 * len(name))
    results.append(name)
    print(f"{name} finished")


async def main():
    start = asyncio.Event()
    results = []
    racers = [asyncio.create_task(runner(n, start, results)) for n in ["bolt", "li", "carter"]]
    await asyncio.sleep(0.5)
    print("is_set before:", start.is_set())
    print("GO!")
    start.set()
    await asyncio.gather(*racers)
    print("podium:", results)

    start.clear()
    print("is_set after clear:", start.is_set())
    try:
        await asyncio.wait_for(start.wait(), timeout=0.2)
    except asyncio.TimeoutError:
        print("nobody set it again")
    start.set()
    print("wait on a set event returns:", await start.wait())


asyncio.run(main())
