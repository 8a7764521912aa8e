# Concurrent callers asking for the same key share one in-flight request (a dict of futures).
import asyncio

backend_calls = []


async def load_profile(user_id):
    backend_calls.append(user_id)
    await asyncio.sleep(0.2)
    if user_id < 0:
        raise KeyError(f"no user {user_id}")
    return {"id": user_id, "name": f"user-{user_id}"}


class Cache:
    def __init__(self):
        self.inflight = {}
        self.values = {}

    async def get(self, key):
        if key in self.values:
            return self.values[key]
        if key not in self.inflight:
            self.inflight[key] = asyncio.ensure_future(load_profile(key))
        try:
            value = await self.inflight[key]
        finally:
            self.inflight.pop(key, None)
        self.values[key] = value
        return value


async def main():
    cache = Cache()
    results = await asyncio.gather(*(cache.get(k) for k in [1, 2, 1, 1, 3, 2]))
    print([r["name"] for r in results])
    print("backend calls:", backend_calls)
    print(await cache.get(2))
    print("backend calls after a cached hit:", backend_calls)
    outcomes = await asyncio.gather(cache.get(-1), cache.get(-1), return_exceptions=True)
    print([repr(o) for o in outcomes])
    print("failed key not cached:", -1 not in cache.values, backend_calls.count(-1))


asyncio.run(main())
