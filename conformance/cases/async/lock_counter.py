# Without a lock, read-modify-write across an await loses updates; with asyncio.Lock it does not.
import asyncio


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0.01)
        self.balance = current + amount

    async def deposit_safe(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount


async def main():
    acct = Account()
    await asyncio.gather(*(acct.deposit_unsafe(10) for _ in range(5)))
    print("unsafe balance:", acct.balance)

    acct = Account()
    await asyncio.gather(*(acct.deposit_safe(10) for _ in range(5)))
    print("safe balance:", acct.balance)

    lock = asyncio.Lock()
    print("locked before:", lock.locked())
    await lock.acquire()
    print("locked after acquire:", lock.locked())

    async def try_enter(name):
        print(f"{name} waiting")
        async with lock:
            print(f"{name} inside")
        print(f"{name} released")

    waiters = [asyncio.create_task(try_enter(n)) for n in ("t1", "t2")]
    await asyncio.sleep(0.1)
    lock.release()
    await asyncio.gather(*waiters)
    try:
        lock.release()
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
