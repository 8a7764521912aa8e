# Tasks wake up in order of their deadlines, whatever order they started in.
import asyncio

events = []


async def sleeper(name, delay):
    events.append(f"start {name}")
    await asyncio.sleep(delay)
    events.append(f"wake {name} after {delay}")
    return delay


async def main():
    delays = {"slow": 0.3, "fast": 0.1, "medium": 0.2, "instant": 0, "also-fast": 0.1}
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in delays.items()]
    results = await asyncio.gather(*tasks)
    for line in events:
        print(line)
    print("results in argument order:", results)
    total = await asyncio.sleep(0.05, result="sleep can return a value")
    print(total)


asyncio.run(main())
