# Runtime errors of the coroutine protocol, with CPython's messages.
import asyncio


async def answer():
    return 42


async def numbers():
    yield 1


async def main():
    for bad in [5, "text", [1, 2], None]:
        try:
            await bad
        except TypeError as exc:
            print("TypeError:", exc)
    coro = answer()
    print(await coro)
    try:
        await coro
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        async for x in [1, 2, 3]:
            pass
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        async with open:
            pass
    except TypeError as exc:
        print("TypeError:", exc)
    unused = answer()
    try:
        for x in unused:
            pass
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        for x in numbers():
            pass
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        await asyncio.sleep(0)
        next(unused)
    except TypeError as exc:
        print("TypeError:", exc)
    unused.close()

    async def bad_stop():
        raise StopIteration("oops")

    try:
        await bad_stop()
    except RuntimeError as exc:
        print("RuntimeError:", exc, "| cause:", repr(exc.__cause__))
    unused = answer()
    try:
        asyncio.run(unused)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    unused.close()


asyncio.run(main())
try:
    asyncio.run(42)
except ValueError as exc:
    print("ValueError:", exc)
