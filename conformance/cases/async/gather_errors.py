# gather: the first exception propagates to the awaiter while the other tasks keep running;
# return_exceptions=True collects exceptions as results instead.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    print(f"{name} ok")
    return name


async def main():
    try:
        await asyncio.gather(job("a", 0.1), job("b", 0.2, fail=True), job("c", 0.3))
    except RuntimeError as exc:
        print("caught:", exc)
    await asyncio.sleep(0.2)
    print("c finished in the background")

    results = await asyncio.gather(
        job("x", 0.1), job("y", 0.05, fail=True), job("z", 0.15), return_exceptions=True
    )
    for r in results:
        print(type(r).__name__, r)

    errors = [r for r in results if isinstance(r, Exception)]
    print(f"{len(errors)} of {len(results)} failed")
    print("empty gather:", await asyncio.gather())


asyncio.run(main())
