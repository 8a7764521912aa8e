# Concurrent transfers between accounts with per-account locks taken in a fixed order.
import asyncio


class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
        self.lock = asyncio.Lock()


async def transfer(src, dst, amount, log):
    first, second = sorted([src, dst], key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0.01)
        async with second.lock:
            if src.balance < amount:
                log.append(f"declined {src.name}->{dst.name} {amount}")
                return False
            src.balance -= amount
            await asyncio.sleep(0.01)
            dst.balance += amount
            log.append(f"moved {amount} {src.name}->{dst.name}")
            return True


async def main():
    a, b, c = Account("a", 100), Account("b", 50), Account("c", 0)
    log = []
    plan = [(a, b, 30), (b, a, 70), (c, a, 5), (a, c, 50), (b, c, 20), (c, b, 10)]
    outcomes = await asyncio.gather(*(transfer(s, d, amt, log) for s, d, amt in plan))
    for line in log:
        print(line)
    print("outcomes:", outcomes)
    print({acct.name: acct.balance for acct in (a, b, c)})
    print("money conserved:", a.balance + b.balance + c.balance == 150)


asyncio.run(main())
