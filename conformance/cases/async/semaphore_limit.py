# A Semaphore caps concurrency: at most 3 downloads run at once.
import asyncio

active = 0
peak = 0


async def download(url, latency, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"start {url} (active={active})")
        await asyncio.sleep(latency)
        active -= 1
        print(f"done  {url}")
        return len(url)


async def main():
    sem = asyncio.Semaphore(3)
    latencies = [0.13, 0.31, 0.54, 0.07, 0.18, 0.29, 0.11]
    urls = [f"https://example.com/{name}" for name in ["a", "bb", "ccc", "dddd", "e", "ff", "g"]]
    sizes = await asyncio.gather(*(download(u, t, sem) for u, t in zip(urls, latencies)))
    print("sizes:", sizes)
    print("peak concurrency:", peak)
    print("semaphore free again:", not sem.locked())

    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("bounded locked inside:", bounded.locked())
    try:
        bounded.release()
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
