# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION and a timeout.
import asyncio


async def service(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    return f"{name} answered"


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    mirrors = [
        asyncio.create_task(service("eu", 0.3), name="eu"),
        asyncio.create_task(service("us", 0.1), name="us"),
        asyncio.create_task(service("asia", 0.2), name="asia"),
    ]
    done, pending = await asyncio.wait(mirrors, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.result() for t in done], "still pending:", names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", names(t for t in mirrors if t.cancelled()))

    checks = [
        asyncio.create_task(service("db", 0.2), name="db"),
        asyncio.create_task(service("cache", 0.1, fail=True), name="cache"),
        asyncio.create_task(service("queue", 0.5), name="queue"),
    ]
    done, pending = await asyncio.wait(checks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", repr(t.exception()))
    print("pending after first exception:", names(pending))

    done, pending = await asyncio.wait(pending, timeout=0.1)
    print("after timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("finally:", [t.result() for t in done], len(pending))
    try:
        await asyncio.wait([])
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
