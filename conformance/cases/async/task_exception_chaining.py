# Exceptions raised in tasks keep their cause/context and type when awaited.
import asyncio


class ServiceError(Exception):
    pass


async def low_level():
    await asyncio.sleep(0.01)
    raise ConnectionRefusedError(111, "Connection refused")


async def high_level():
    try:
        await low_level()
    except OSError as exc:
        raise ServiceError("profile service unavailable") from exc


async def cleanup_fails():
    try:
        raise KeyError("session")
    finally:
        await asyncio.sleep(0)
        raise ValueError("cleanup failed")


async def main():
    task = asyncio.create_task(high_level())
    try:
        await task
    except ServiceError as exc:
        print(repr(exc), "<- caused by", repr(exc.__cause__))
        print("errno:", exc.__cause__.errno, "strerror:", exc.__cause__.strerror)
    print("task.exception() is the same object:", task.exception() is task.exception())
    try:
        await cleanup_fails()
    except ValueError as exc:
        print(repr(exc), "context:", repr(exc.__context__))
    results = await asyncio.gather(high_level(), cleanup_fails(), return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(isinstance(results[0].__cause__, ConnectionRefusedError))


asyncio.run(main())
