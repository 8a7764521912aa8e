# asyncio.Condition: consumers wait for items; notify wakes one, notify_all wakes every waiter.
import asyncio


async def consumer(name, cond, stock):
    async with cond:
        await cond.wait_for(lambda: stock)
        item = stock.pop(0)
        print(f"{name} took {item}")


async def main():
    cond = asyncio.Condition()
    stock = []
    consumers = [asyncio.create_task(consumer(f"c{i}", cond, stock)) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        stock.append("apple")
        cond.notify()
    await asyncio.sleep(0.1)
    async with cond:
        stock.extend(["pear", "plum"])
        cond.notify_all()
    await asyncio.gather(*consumers)
    print("left:", stock)

    cond2 = asyncio.Condition()
    try:
        cond2.notify()
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    ready = []

    async def waiter(n):
        async with cond2:
            await cond2.wait()
            ready.append(n)

    ws = [asyncio.create_task(waiter(n)) for n in range(4)]
    await asyncio.sleep(0)
    async with cond2:
        cond2.notify(2)
    await asyncio.sleep(0)
    print("after notify(2):", ready)
    async with cond2:
        cond2.notify_all()
    await asyncio.gather(*ws)
    print("after notify_all:", ready)


asyncio.run(main())
