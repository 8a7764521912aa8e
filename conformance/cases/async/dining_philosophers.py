# Dining philosophers with asyncio.Lock forks, avoiding deadlock by ordering the forks.
import asyncio


async def philosopher(i, forks, meals, log):
    left, right = i, (i + 1) % len(forks)
    first, second = min(left, right), max(left, right)
    for meal in range(meals):
        await asyncio.sleep(0.01 * (i + 1))  # thinking
        async with forks[first]:
            async with forks[second]:
                log.append(f"p{i} eats meal {meal} with forks {first},{second}")
                await asyncio.sleep(0.05)


async def main():
    n = 5
    forks = [asyncio.Lock() for _ in range(n)]
    log = []
    await asyncio.wait_for(asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(n))), timeout=10)
    for line in log:
        print(line)
    print("meals eaten:", len(log))
    print("all forks free:", not any(f.locked() for f in forks))


asyncio.run(main())
