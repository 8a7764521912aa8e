# Each request gets its own deadline; slow ones become None in the report.
import asyncio

LATENCY = {"fast-api": 0.1, "slow-api": 2.0, "medium-api": 0.4, "stuck-api": 10}


async def request(name):
    await asyncio.sleep(LATENCY[name])
    return f"{name} -> 200 OK"


async def request_with_deadline(name, seconds):
    try:
        async with asyncio.timeout(seconds):
            return await request(name)
    except TimeoutError:
        print(f"{name} exceeded {seconds}s")
        return None


async def main():
    report = await asyncio.gather(*(request_with_deadline(n, 0.5) for n in LATENCY))
    for name, result in zip(LATENCY, report):
        print(f"{name:11} {result}")
    ok = [r for r in report if r]
    print(f"{len(ok)}/{len(report)} succeeded")

    results = {}
    for name in LATENCY:
        try:
            results[name] = await asyncio.wait_for(request(name), timeout=0.3)
        except asyncio.TimeoutError:
            results[name] = "timeout"
    print(results)


asyncio.run(main())
