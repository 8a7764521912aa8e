# A typical "call many APIs concurrently" script: simulated latency, failures, retries,
# a summary report and the total (virtual) elapsed time.
import asyncio
import time

FAKE_LATENCY = {"users": 0.3, "orders": 0.5, "inventory": 0.2, "billing": 0.4, "search": 0.1}
FLAKY = {"billing": 2}  # fails this many times before succeeding
attempts = {}


async def call_api(endpoint):
    attempts[endpoint] = attempts.get(endpoint, 0) + 1
    await asyncio.sleep(FAKE_LATENCY[endpoint])
    if attempts[endpoint] <= FLAKY.get(endpoint, 0):
        raise ConnectionError(f"{endpoint}: 503 Service Unavailable")
    return {"endpoint": endpoint, "items": len(endpoint) * 3}


async def with_retries(endpoint, retries=3, backoff=0.1):
    for attempt in range(1, retries + 1):
        try:
            return await call_api(endpoint)
        except ConnectionError as exc:
            print(f"  attempt {attempt} failed: {exc}")
            await asyncio.sleep(backoff * 2 ** (attempt - 1))
    raise RuntimeError(f"{endpoint} failed after {retries} attempts")


async def main():
    start = time.perf_counter()
    print("fetching", len(FAKE_LATENCY), "endpoints concurrently")
    results = await asyncio.gather(*(with_retries(e) for e in FAKE_LATENCY), return_exceptions=True)
    elapsed = time.perf_counter() - start
    total = 0
    for endpoint, result in zip(FAKE_LATENCY, results):
        if isinstance(result, Exception):
            print(f"{endpoint:>10}: ERROR {result}")
        else:
            total += result["items"]
            print(f"{endpoint:>10}: {result['items']} items")
    print("total items:", total)
    print("attempts:", dict(sorted(attempts.items())))
    print(f"elapsed about {elapsed:.1f}s (sequential would be {sum(FAKE_LATENCY.values()):.1f}s)")


asyncio.run(main())
