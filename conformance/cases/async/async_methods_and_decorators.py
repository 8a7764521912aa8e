# async methods, classmethods, staticmethods, closures and a retry decorator with functools.wraps.
import asyncio
import functools


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except OSError as exc:
                    print(f"{func.__name__} attempt {attempt}: {exc}")
                    await asyncio.sleep(0.01)
            raise RuntimeError(f"{func.__name__} gave up")
        return wrapper
    return decorate


class Client:
    calls = 0

    def __init__(self, fail_times):
        self.fail_times = fail_times

    @retry(times=3)
    async def get(self, path):
        Client.calls += 1
        await asyncio.sleep(0.01)
        if self.fail_times > 0:
            self.fail_times -= 1
            raise OSError("connection reset")
        return f"GET {path}"

    @classmethod
    async def create(cls, fail_times=0):
        await asyncio.sleep(0)
        return cls(fail_times)

    @staticmethod
    async def ping():
        return "pong"


def make_counter():
    count = 0

    async def bump(by):
        nonlocal count
        await asyncio.sleep(0)
        count += by
        return count

    return bump


async def main():
    client = await Client.create(fail_times=2)
    print(await client.get("/status"))
    print(Client.get.__name__, await Client.ping())
    try:
        print(await (await Client.create(fail_times=5)).get("/down"))
    except RuntimeError as exc:
        print(exc)
    print("calls:", Client.calls)
    bump = make_counter()
    print(await asyncio.gather(bump(1), bump(10), bump(100)))


asyncio.run(main())
