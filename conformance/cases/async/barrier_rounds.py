# asyncio.Barrier (3.11): parties wait for each other each round.
import asyncio


async def player(name, barrier, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(0.01 * (len(name) + r))
        log.append(f"{name} ready for round {r}")
        index = await barrier.wait()
        if index == 0:
            log.append(f"--- round {r} starts ---")


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    await asyncio.gather(*(player(n, barrier, 2, log) for n in ["ann", "bo", "cyrus"]))
    for line in log:
        print(line)

    broken = asyncio.Barrier(2)
    waiter = asyncio.create_task(broken.wait())
    await asyncio.sleep(0.01)
    await broken.abort()
    try:
        await waiter
    except asyncio.BrokenBarrierError:
        print("barrier broken:", broken.broken)


asyncio.run(main())
