# A crawler: a queue of URLs, a fixed pool of workers, a semaphore for politeness,
# a visited set, and links discovered along the way.
import asyncio

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/team", "/"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/shop"],
    "/shop": ["/shop/cart", "/shop/item"],
    "/team": [],
    "/shop/cart": ["/shop"],
    "/shop/item": ["/shop/cart", "/404"],
}


async def fetch(path):
    await asyncio.sleep(0.01 * (len(path) % 5 + 1))
    if path not in SITE:
        raise LookupError(f"404 {path}")
    return SITE[path]


async def worker(wid, queue, seen, sem, log):
    while True:
        path = await queue.get()
        try:
            async with sem:
                links = await fetch(path)
            log.append((path, len(links)))
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        except LookupError as exc:
            log.append((path, str(exc)))
        finally:
            queue.task_done()


async def crawl(start, workers=3):
    queue, seen, log = asyncio.Queue(), {start}, []
    sem = asyncio.Semaphore(2)
    queue.put_nowait(start)
    tasks = [asyncio.create_task(worker(i, queue, seen, sem, log)) for i in range(workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return log, seen


async def main():
    log, seen = await crawl("/")
    for path, info in sorted(log, key=lambda entry: entry[0]):
        print(f"{path:12} {info}")
    print("pages seen:", len(seen))


asyncio.run(main())
