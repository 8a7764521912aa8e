# A pool of workers processing jobs from a queue, collecting results and failures,
# with graceful shutdown of idle workers.
import asyncio


async def process(job):
    await asyncio.sleep(job["cost"])
    if job["cost"] > 0.25:
        raise TimeoutError(f"job {job['id']} too slow")
    return job["id"] * job["id"]


async def worker(name, jobs, results, failures):
    processed = 0
    try:
        while True:
            job = await jobs.get()
            try:
                results[job["id"]] = await process(job)
                processed += 1
            except TimeoutError as exc:
                failures.append(str(exc))
            finally:
                jobs.task_done()
    except asyncio.CancelledError:
        print(f"{name} stopping after {processed} jobs")
        raise


async def main():
    jobs = asyncio.Queue()
    costs = [0.11, 0.31, 0.05, 0.23, 0.19, 0.41, 0.07, 0.13]
    for i, cost in enumerate(costs):
        jobs.put_nowait({"id": i, "cost": cost})
    results, failures = {}, []
    workers = [asyncio.create_task(worker(f"w{i}", jobs, results, failures)) for i in range(3)]
    await jobs.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("results:", dict(sorted(results.items())))
    print("failures:", failures)


asyncio.run(main())
