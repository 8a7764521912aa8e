# A token-bucket rate limiter on the loop's virtual clock.
import asyncio


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.updated = None
        self.lock = asyncio.Lock()

    async def acquire(self):
        loop = asyncio.get_running_loop()
        async with self.lock:
            while True:
                now = loop.time()
                if self.updated is not None:
                    self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


async def main():
    bucket = TokenBucket(rate=10, capacity=2)
    loop = asyncio.get_running_loop()
    start = loop.time()
    stamps = []

    async def request(i):
        await bucket.acquire()
        stamps.append((i, round(loop.time() - start, 1)))

    await asyncio.gather(*(request(i) for i in range(8)))
    for i, t in stamps:
        print(f"request {i} at {t}s")
    print("total:", stamps[-1][1], "seconds")


asyncio.run(main())
