# TaskGroup (3.11) waits for every task; results are read from the tasks afterwards.
import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0.1 * uid)
    return {"id": uid, "name": f"user{uid}"}


async def fetch_orders(uid):
    await asyncio.sleep(0.05)
    return [uid * 10 + i for i in range(uid)]


async def main():
    async with asyncio.TaskGroup() as tg:
        users = [tg.create_task(fetch_user(uid)) for uid in (3, 1, 2)]
        orders = tg.create_task(fetch_orders(3), name="orders")
        print("tasks started:", len(users) + 1)
    print("all done:", all(t.done() for t in users))
    for t in users:
        print(t.result())
    print(orders.get_name(), orders.result())

    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")

    async def spawner(tg, depth):
        if depth:
            print("spawning at depth", depth)
            tg.create_task(spawner(tg, depth - 1))
            await asyncio.sleep(0.01)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 3))
    print("spawned tasks finished")


asyncio.run(main())
